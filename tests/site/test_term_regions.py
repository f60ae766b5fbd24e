"""Term tooltips on a region's pages use that region's definition, or say whose definition they show."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer.site.termlinks import GENERAL_KNOWLEDGE_LABEL, _plain
from tests.site.html import page


def test_no_tooltip_on_a_region_page_shows_another_regions_definition_unnamed(built_site: Path, real_corpus) -> None:
    problems, checked = [], 0
    for region in real_corpus.regions.values():
        for html_file in sorted((built_site / region.id).rglob("index.html")):
            soup = page(built_site, html_file.relative_to(built_site).as_posix())
            for link in soup.select("article a.kw-term"):
                term = real_corpus.terms[link["href"].rsplit("#", 1)[1]]
                title = link.get("title", "")
                own = [d for d in term.definitions if d.region == region.id]
                checked += 1
                general_knowledge = [d for d in term.definitions if d.general_knowledge]
                if own:
                    if _plain(own[0].text)[:60] not in title:
                        problems.append(f"{html_file}: {term.id} toont niet de definitie van {region.id}")
                    elif general_knowledge and not title.startswith(GENERAL_KNOWLEDGE_LABEL):
                        problems.append(f"{html_file}: {term.id} noemt de uitleg uit algemene kennis niet zo")
                    continue
                others = {d.region for d in term.definitions if d.region and d.region != region.id}
                named = [r for r in others if title.startswith(f"Definitie van {real_corpus.regions[r].short_name or real_corpus.regions[r].name}:")]
                general = any(d.region is None and title == (f"{GENERAL_KNOWLEDGE_LABEL}: {_plain(d.text)}" if d.general_knowledge
                                                             else _plain(d.text)) for d in term.definitions)
                if not (named or general):
                    problems.append(f"{html_file}: {term.id} toont een definitie van een andere regio zonder die te noemen")
    assert checked > 100
    assert problems == []


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
