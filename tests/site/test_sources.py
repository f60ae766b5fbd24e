"""Visitors see source documents by title and publisher, never by file name; each source has a page."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.site.html import main_text, page

SEED_NAME = re.compile(r"\d{3}_[0-9a-f]{16}(\.txt)?")
# Editors' shorthand for a source file ("seed 000", "seeds 001"): visitors do not know it.
SEED_JARGON = re.compile(r"\bseeds?\s*\d+", re.IGNORECASE)


def test_no_page_outside_downloads_shows_a_seed_file_name(built_site: Path) -> None:
    shown = []
    for path in sorted(built_site.rglob("*")):
        rel = path.relative_to(built_site).as_posix()
        if not path.is_file() or rel.startswith("downloads/") or path.suffix not in (".html", ".json", ".xml", ".txt"):
            continue
        match = SEED_NAME.search(path.read_text(encoding="utf-8", errors="replace"))
        if match:
            shown.append(f"{rel}: {match.group(0)}")
    assert shown == []


def test_no_page_text_calls_a_source_by_its_seed_number(built_site: Path) -> None:
    """Notes under "Over deze samenvatting" name the document by its title, not as "seed 001"."""
    shown = []
    for path in sorted(built_site.rglob("*.html")):
        rel = path.relative_to(built_site).as_posix()
        if rel.startswith("downloads/"):
            continue
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for hidden in soup(["script", "style"]):
            hidden.decompose()
        text = re.sub(r"\s+", " ", soup.get_text(" "))
        shown += [f"{rel}: …{text[max(0, m.start() - 40):m.end() + 20]}…" for m in SEED_JARGON.finditer(text)]
    assert shown == []


def test_segment_cites_document_title_publisher_and_section_linked_to_the_source(built_site: Path) -> None:
    soup = page(built_site, "midden-holland/segmenten/crisis/")
    links = [a for a in soup.select("article a") if "bronnen/mh-kaderdocument-inkoop-2025/" in a.get("href", "")]
    assert links, "geen link naar de bronpagina"
    assert links[0].get_text() == "Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland)"
    assert "Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland), Bijlage 4" in main_text(soup)
    assert "4.2 Crisis" in main_text(soup)


def test_venray_pages_cite_the_right_document_of_the_shared_file(built_site: Path) -> None:
    advice = page(built_site, "noord-limburg/documenten/venray-adviesnota-2020-10-26/venray-beoogd-resultaat/")
    hrefs = [a["href"] for a in advice.select("article a[href*='bronnen/']")]
    assert hrefs and all("venray-adviesnota-2020-10-26" in h for h in hrefs)
    letter = page(built_site, "noord-limburg/documenten/nl-memo-fase-3/nl-besluiten-fase-1-en-2/")
    assert any("venray-raadsinformatiebrief-2020" in a["href"] for a in letter.select("article a[href*='bronnen/']"))


def test_each_source_page_says_what_it_is_and_what_is_drawn_from_it(built_site: Path, real_corpus) -> None:
    index = main_text(page(built_site, "bronnen/"))
    for source in real_corpus.sources.values():
        assert source.title in index
        soup = page(built_site, f"bronnen/{source.id}/")
        text = main_text(soup)
        assert "Uitgegeven door" in text and "Wat op deze site uit dit document komt" in text
        for publisher in source.publishers:
            assert publisher in text
        assert soup.select("article h3 + ul a"), f"{source.id}: geen pagina's die eruit putten"


def test_shareable_copy_is_downloadable_and_others_say_where_the_original_is(built_site: Path, real_corpus) -> None:
    for source in real_corpus.sources.values():
        soup = page(built_site, f"bronnen/{source.id}/")
        download = soup.select_one("article a[download]")
        if source.redistribute:
            assert download is not None
            target = (built_site / "bronnen" / source.id / download["href"]).resolve()
            assert target.is_file() and target.parent.name == "bronnen"
            assert target.read_bytes() == (real_corpus.seeds_dir / source.local_copy).read_bytes()
        else:
            assert download is None
            assert source.availability and " ".join(source.availability.split())[:40] in main_text(soup)
    assert not (built_site / "downloads" / "bronnen" / "mh-kaderdocument-inkoop-2025.txt").exists()
