"""Term tooltips on a region's pages use that region's definition, or say whose definition they show."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer.site.termlinks import GENERAL_KNOWLEDGE_LABEL, _plain
from tests.site.html import page


def _region_of(link, page_region: str | None) -> str | None:
    """The region a link's text belongs to: the page's, or on overview pages the row or section marked with one."""
    if page_region is not None:
        return page_region
    marked = link.find_parent(attrs={"data-kw-region": True}) or link.find_parent(attrs={"data-region": True})
    return (marked.get("data-kw-region") or marked.get("data-region")) if marked else None


def test_no_term_link_on_any_page_points_to_another_regions_definition(built_site: Path, real_corpus) -> None:
    """On a region's page a term links only to that region's definition or one for everyone; elsewhere only within
    a row or section of a region that defines it. The glossary itself shows every definition and links no term."""
    problems, checked = [], 0
    for html_file in sorted(built_site.rglob("index.html")):
        url = html_file.relative_to(built_site).as_posix()
        first = url.split("/", 1)[0]
        page_region = first if first in real_corpus.regions else None
        for link in page(built_site, url).select("a.kw-term"):
            term = real_corpus.terms[link["href"].rsplit("#", 1)[1]]
            region = _region_of(link, page_region)
            checked += 1
            own = [d for d in term.definitions if d.region == region and region is not None]
            general = [d for d in term.definitions if d.region is None]
            if not (own or general):
                problems.append(f"{url}: `{link.get_text()}` linkt naar {term.id}, dat {region or 'deze pagina'} niet definieert")
            elif own and _plain(own[0].text)[:60] not in link.get("title", ""):
                problems.append(f"{url}: {term.id} toont niet de definitie van {region}")
            elif not own and "Definitie van" in link.get("title", ""):
                problems.append(f"{url}: {term.id} toont de definitie van een andere regio")
    assert checked > 100
    assert problems == []


def test_glossary_still_shows_every_regions_definition_side_by_side(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "begrippen/")
    shared = [t for t in real_corpus.terms.values() if len({d.region for d in t.definitions if d.region}) > 1]
    assert shared
    for term in shared:
        entry = soup.find(id=term.id).find_parent(["section", "div", "dl", "li"]) or soup
        text = entry.get_text(" ", strip=True)
        for d in term.definitions:
            assert _plain(d.text)[:40] in " ".join(text.split()), (term.id, d.region)


def test_a_word_another_region_defines_stays_plain_text(built_site: Path, real_corpus) -> None:
    """"plek" is Noord-Limburg's capacity unit; on Midden-Holland's pages it is an everyday word."""
    term = real_corpus.terms["plek"]
    assert {d.region for d in term.definitions} == {"noord-limburg"}
    for html_file in sorted((built_site / "midden-holland").rglob("index.html")):
        soup = page(built_site, html_file.relative_to(built_site).as_posix())
        assert soup.select("a.kw-term[href$='#plek']") == [], html_file


def test_bno_o_pages_show_bno_o_definition_of_merged_terms(built_site: Path, real_corpus) -> None:
    term = real_corpus.terms["abonnementstarief"]
    assert {d.region for d in term.definitions} >= {"midden-holland", "bno-o"}
    assert "abonnementstarief-wmo" in term.former_ids
    found = False
    for html_file in sorted((built_site / "bno-o").rglob("index.html")):
        for link in page(built_site, html_file.relative_to(built_site).as_posix()).select("a.kw-term[href$='#abonnementstarief']"):
            found = True
            assert "€ 19" not in link["title"]
    assert found


def test_former_term_ids_keep_their_glossary_anchor(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "begrippen/")
    for term in real_corpus.terms.values():
        for old in term.former_ids:
            assert soup.find(id=old) is not None, old
