"""Vergelijken (issue 16, section 5): an index of segment types and one page per type that lists every
region's cell one after the other, with the same rows for every region and the same words for an empty one."""

from __future__ import annotations

from pathlib import Path

import yaml

from kaderwijzer.model import ServiceType
from macros.markup import ABSENT, SERVICE_TYPE_LABELS
from tests.conftest import ROOT
from tests.site.html import main_text, page


def _nav_pages(nav: list) -> list[str]:
    found: list[str] = []
    for item in nav:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                found += _nav_pages(value) if isinstance(value, list) else [value]
    return found


def test_every_segment_type_has_a_comparison_page_in_the_navigation() -> None:
    """A new service type cannot be forgotten: its page stub and its menu entry must exist."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    in_nav = _nav_pages(config["nav"])
    for service_type in ServiceType:
        stub = ROOT / "content" / "vergelijken" / f"{service_type.value}.md"
        assert stub.is_file(), stub
        assert f'comparison_type("{service_type.value}")' in stub.read_text(encoding="utf-8")
        assert f"vergelijken/{service_type.value}.md" in in_nav, service_type
        assert service_type.value in SERVICE_TYPE_LABELS


def test_index_links_each_type_with_data_alphabetically(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "vergelijken")
    links = [a for a in soup.select("#soorten ~ ul a[href]") if not a["href"].startswith("..")]
    labels = [a.get_text(strip=True) for a in links]
    assert labels == sorted(labels, key=str.casefold)
    with_data = {s.service_type.value for s in real_corpus.segments.values() if s.service_type} | {
        f.service_type.value for sec in real_corpus.sections.values() for f in sec.procurement_facts}
    assert {a["href"].strip("/") for a in links} == with_data
    assert len(main_text(soup)) < 6000  # an index, not every comparison on one page


def test_a_type_page_gives_every_region_the_same_rows_and_the_same_words_for_an_empty_cell(built_site: Path) -> None:
    for type_id in ("hulp-bij-het-huishouden", "wonen", "dagbesteding", "begeleiding"):
        soup = page(built_site, f"vergelijken/{type_id}")
        cells = soup.select("[data-kw-region]")
        assert len(cells) >= 2, type_id
        rows = [[dt.get_text(strip=True) for dt in cell.select("dt")] for cell in cells]
        assert all(r == rows[0] for r in rows), (type_id, rows)
        assert rows[0][0] == "Segment"
        for cell in cells:
            for dd in cell.select("dd"):
                text = dd.get_text(" ", strip=True)
                assert text, (type_id, cell["data-kw-region"])
                if dd.select_one("em") and dd.get_text(strip=True) == dd.select_one("em").get_text(strip=True):
                    assert text == ABSENT, text
        text = main_text(soup)
        assert "deelt zijn kader niet" not in text and "geen vergelijkbaar segment" not in text
        assert soup.select_one("form[data-kw-compare]").has_attr("hidden")  # shown by JavaScript only


def test_noord_limburg_aims_appear_under_ontwikkelpotentieel_not_as_missing_goals(built_site: Path, real_corpus) -> None:
    seg = next(s for s in real_corpus.segments_in("noord-limburg") if s.service_type and s.development_potential)
    cell = page(built_site, f"vergelijken/{seg.service_type.value}").select_one('[data-kw-region="noord-limburg"]')
    rows = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in cell.select("dt")}
    shown = rows["Ontwikkelpotentieel"].get_text(" ", strip=True)
    first = seg.development_potential[0].items[0].text.split()[:4]
    assert " ".join(first) in shown
    assert "geen doelen" not in cell.get_text(" ", strip=True)


def test_the_comparison_uses_the_full_width_without_a_table_of_contents(built_site: Path) -> None:
    soup = page(built_site, "vergelijken/wonen")
    toc = soup.select_one(".md-sidebar--secondary")
    assert toc is None or toc.has_attr("hidden")


def test_overview_rows_and_sections_say_which_region_they_belong_to(built_site: Path, real_corpus) -> None:
    """Mixed overview pages mark each region's part (`data-kw-region`), so a term there can link to that region's
    own definition and to no other region's (issue 16, section 3)."""
    for url in ("raadsleden", "aanbieders"):
        marked = [d["data-kw-region"] for d in page(built_site, url).select("article [data-kw-region]")]
        assert marked == list(real_corpus.regions), url
    rows = page(built_site, "segmenten").select("article tbody tr")
    assert rows and all(tr.get("data-kw-region") in real_corpus.regions for tr in rows)
