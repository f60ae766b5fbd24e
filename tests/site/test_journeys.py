"""Councillor, provider and editor journeys, checked on the built site as a visitor sees it."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlparse

from kaderwijzer.model.places import print_uri, procurement_uri, region_uri, segment_uri
from macros.links import url_of
from tests.site.html import main_text, page


def _internal_links(site: Path, url: str) -> set[str]:
    soup = page(site, url)
    found = set()
    for a in soup.select("a[href]"):
        href = a["href"]
        parsed = urlparse(href)
        if parsed.scheme or parsed.netloc or href.startswith(("#", "mailto:")):
            continue
        target = urlparse(urljoin("/" + url, href)).path.lstrip("/")
        if target.endswith("/") or target == "":
            found.add(target)
    return found


def reachable_from_home(site: Path) -> set[str]:
    seen, queue = {""}, deque([""])
    while queue:
        url = queue.popleft()
        for target in _internal_links(site, url):
            if target not in seen and (site / target / "index.html").is_file():
                seen.add(target)
                queue.append(target)
    return seen


def test_home_offers_three_entry_points_and_every_region(built_site: Path, real_corpus) -> None:
    home = page(built_site, "")
    text = main_text(home)
    for entry in ("Voor raadsleden", "Voor aanbieders", "Voor redactie"):
        assert entry in text
    links = _internal_links(built_site, "")
    for region in real_corpus.regions:
        assert f"{region}/" in links


def test_every_page_is_reachable_from_home(built_site: Path) -> None:
    all_pages = {str(p.parent.relative_to(built_site)).replace(".", "") for p in built_site.rglob("index.html")}
    all_pages = {p + "/" if p else "" for p in all_pages}
    unreachable = all_pages - reachable_from_home(built_site) - {"begrippenlijst/"}  # a redirect, not a page
    assert unreachable == set()


def test_indicator_overview_has_one_row_per_indicator_grouped_by_theme(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "indicatoren")
    rows = soup.select("table.kw-indicators tbody tr")
    indicators = [(s, i) for s in real_corpus.segments.values() for i in s.indicators]
    assert len(rows) == len(indicators)
    themes = {i.theme.value for _, i in indicators}
    assert {h["id"] for h in soup.select("h2[id^=thema-]")} == {f"thema-{t}" for t in themes}
    for table in soup.select("table.kw-indicators"):
        assert table.caption and table.caption.get_text(strip=True)
    assert soup.select_one("select#kw-filter-domain") is not None


def test_print_page_contains_every_segment_and_section_of_the_region(built_site: Path, real_corpus) -> None:
    for region in real_corpus.regions:
        soup = page(built_site, url_of(print_uri(region)))
        headings = {h.get_text(" ", strip=True).replace(" ¶", "") for h in soup.select("h1")}
        for seg in real_corpus.segments_in(region):
            label = f"{seg.code} {seg.name}" if seg.code else seg.name
            assert label in headings, (region, seg.id)
        for section in (s for s in real_corpus.sections.values() if s.region == region):
            label = f"{section.number} {section.title}" if section.number else section.title
            assert label in headings, (region, section.id)
        assert soup.select(".kw-print-part")


def test_every_page_shows_a_citation_line_and_last_change(built_site: Path) -> None:
    for index in built_site.rglob("index.html"):
        if "begrippenlijst" in str(index):
            continue
        html = index.read_text(encoding="utf-8")
        assert 'class="kw-citation"' in html, index
        assert 'class="kw-updated"' in html, index


def test_procurement_page_has_timeline_table_decisions_and_asks(built_site: Path, real_corpus) -> None:
    soup = page(built_site, url_of(procurement_uri("noord-limburg")))
    milestones = [m for _, m in real_corpus.milestones("noord-limburg")]
    assert len(soup.select(".kw-timeline li")) == len(milestones)
    table_rows = soup.select(".kw-timeline-wrap table tbody tr")
    assert len(table_rows) == len(milestones)
    # A machine-readable date only where the source gives one, as precise as the source; undated steps keep their words.
    shown = [(r.select_one("time") or {}).get("datetime") for r in table_rows]
    assert shown == [str(m.start if m.start is not None else m.end) if (m.start or m.end) else None for m in milestones]
    undated = [(r, m) for r, m in zip(table_rows, milestones) if m.start is None and m.end is None]
    assert undated and all(m.when in r.get_text() for r, m in undated)
    intro = soup.select_one(".kw-plan-intro")
    assert intro is not None and intro.get_text().startswith("Volgens de planning van")
    text = main_text(soup)
    for seg in real_corpus.segments_in("noord-limburg"):
        assert seg.name in text
    assert "Besluiten en voorstellen" in text


def test_comparison_lists_every_segment_with_a_service_type(built_site: Path, real_corpus) -> None:
    for seg in real_corpus.segments.values():
        if seg.service_type:
            # Each segment on its type's page, in its region's cell.
            cell = page(built_site, f"vergelijken/{seg.service_type.value}").select_one(f'[data-kw-region="{seg.region}"]')
            linked = {a.get_text(strip=True) for a in cell.select("a")}
            assert (f"{seg.code} {seg.name}" if seg.code else seg.name) in linked, seg.id


def test_glossary_links_point_to_existing_anchors(built_site: Path) -> None:
    glossary = page(built_site, "begrippen")
    anchors = {el["id"] for el in glossary.select("[id]")}
    checked = 0
    for index in built_site.rglob("index.html"):
        for a in page(built_site, str(index.relative_to(built_site))).select("a.kw-term"):
            assert a.get("title"), a
            assert a["href"].split("#")[1] in anchors, (index, a["href"])
            checked += 1
    assert checked > 50
    letters = [a.get_text(strip=True) for a in glossary.select(".kw-az a")]
    assert letters == sorted(letters)


def test_glossary_shows_region_definitions_side_by_side(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "begrippen")
    multi = [t for t in real_corpus.terms.values() if len(t.definitions) > 1]
    assert multi
    for term in multi:
        heading = soup.find(id=term.id)
        block = heading.find_next_sibling()
        assert "kw-defs" in block.get("class", []), term.id
        assert len(block.select(".kw-def")) == len(term.definitions)


def test_relation_diagram_has_text_alternative_and_list(built_site: Path, real_corpus) -> None:
    soup = page(built_site, url_of(region_uri("midden-holland")))
    svg = soup.select_one(".kw-diagram svg")
    assert svg["role"] == "img" and svg.find("title").get_text(strip=True)
    pairs = {tuple(sorted((s.id, o))) for s in real_corpus.segments_in("midden-holland") for o in s.related}
    assert len(svg.select("line")) == len(pairs)
    assert len(soup.select(".kw-relations li")) == len({x for p in pairs for x in p})
    assert not re.search(r"https?://(?!www\.w3\.org)", str(svg))


def test_tags_404_and_redirect(built_site: Path) -> None:
    tags = main_text(page(built_site, "onderwerpen"))
    for label in ("Wmo", "Jeugd", "Participatie"):
        assert label in tags
    not_found = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Pagina niet gevonden" in not_found and 'lang="nl"' in not_found
    redirect = (built_site / "begrippenlijst" / "index.html").read_text(encoding="utf-8")
    assert "begrippen/" in redirect and "refresh" in redirect


def test_segment_page_is_in_breadcrumbs_and_nav(built_site: Path) -> None:
    soup = page(built_site, url_of(segment_uri("midden-holland", "crisis")))
    crumbs = [a.get_text(" ", strip=True) for a in soup.select(".md-path__link")]
    assert any("Midden-Holland" in c for c in crumbs)
    assert any("Kaderdocument" in c for c in crumbs)


def test_search_index_is_pagefind_in_dutch_without_print_pages(built_site: Path) -> None:
    import json

    # The theme's whole-site index is gone: Pagefind's bundle is split into fragments instead.
    assert not (built_site / "search" / "search_index.json").exists()
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["nl"]
    pages = list(built_site.rglob("*.html"))
    indexed = [p for p in pages if "data-pagefind-body" in p.read_text(encoding="utf-8")]
    assert entry["languages"]["nl"]["page_count"] == len(indexed) > 50
    not_indexed = {p.relative_to(built_site).as_posix() for p in set(pages) - set(indexed)}
    assert {"404.html", "begrippenlijst/index.html", "midden-holland/print/index.html"} <= not_indexed
    assert all(p.startswith(("404", "begrippenlijst/")) or "/print/" in p for p in not_indexed), not_indexed
