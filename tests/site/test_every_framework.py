"""Shared pages describe every region by what its framework has, whatever kind of framework it is.

Checked on the real built site: a region with themes and speerpunten but no segments (BNO-O) shows
as fully as regions with segments; counts say what the sources say; decisions keep their own numbering.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.model import DocumentKind
from kaderwijzer.model.places import procurement_uri, region_uri
from macros.links import url_of
from tests.conftest import ROOT
from tests.site.html import main_text, page

SEEDS = ROOT.parent / "shared" / "seeds"
SHARED_PAGES = ["", "raadsleden", "aanbieders", "onderwerpen", "vergelijken", "gemeente"]
# A count of zero of anything the site counts, as a visitor would read it.
ZERO = re.compile(r"(?<![\d.,])0 (?:segment|besluit|gemeente|hoofdstuk|thema|speerpunt|document|mijlpa|voorstel|indicator|doel)",
                  re.IGNORECASE)


@pytest.mark.parametrize("url", SHARED_PAGES)
def test_shared_page_never_counts_zero(built_site: Path, url: str) -> None:
    text = main_text(page(built_site, url))
    assert not ZERO.search(text), ZERO.search(text)
    assert "Geen segmenten:" not in text


@pytest.mark.parametrize("url", SHARED_PAGES)
def test_every_region_appears_on_every_shared_page(built_site: Path, real_corpus, url: str) -> None:
    soup = page(built_site, url)
    hrefs = " ".join(a["href"] for a in soup.select("article a[href]"))
    if url == "vergelijken":  # the comparison is one page per segment type, linked from the index
        for type_page in soup.select('#soorten ~ ul a[href]:not(.kw-term)'):
            if type_page["href"].startswith(".."):
                continue
            hrefs += " " + " ".join(a["href"] for a in page(built_site, f"vergelijken/{type_page['href']}").select("article a[href]"))
    for region in real_corpus.regions.values():
        # A link into the region's pages, not only its name in running text.
        assert f"{region.id}/" in hrefs, (url, region.id)


def test_home_describes_a_framework_without_segments_by_its_themes(built_site: Path, real_corpus) -> None:
    text = main_text(page(built_site, ""))
    sections = [s for s in real_corpus.sections.values() if s.region == "bno-o"]
    priorities = sum(1 for s in sections for i in s.items if i.kind == "speerpunt")
    assert priorities >= 53
    assert f"{priorities} speerpunten" in text
    assert f"{len(sections)} hoofdstukken" in text


def test_municipality_count_follows_the_source_not_the_names_listed(built_site: Path, real_corpus) -> None:
    memo = (SEEDS / "001_114431c70bdb9c48.txt").read_text(encoding="utf-8")
    assert "zeven gemeenten" in memo.lower()
    text = main_text(page(built_site, ""))
    assert "7 gemeenten" in text and "1 gemeenten" not in text and "1 gemeente." not in text
    region_text = main_text(page(built_site, url_of(region_uri("noord-limburg"))))
    assert "7 gemeenten" in region_text and "Venray" in region_text
    assert real_corpus.regions["noord-limburg"].municipalities == ["Venray"]


def _decision_lists(soup) -> list[list[str]]:
    return [[re.sub(r"\s+", " ", li.get_text(" ")).strip() for li in ol.find_all("li", recursive=False)]
            for ol in soup.select("article ol")]


@pytest.mark.parametrize("uri", [region_uri("noord-limburg"), procurement_uri("noord-limburg")])
def test_each_decision_list_keeps_its_own_numbering(built_site: Path, real_corpus, uri: str) -> None:
    soup = page(built_site, url_of(uri))
    rendered = {ol.find("li").get_text(" ", strip=True)[:40]: ol for ol in soup.select("article ol") if ol.find("li")}
    for dl in real_corpus.decision_lists:
        if dl.region != "noord-limburg":
            continue
        first = dl.decisions[0]
        ol = next((o for key, o in rendered.items() if first.title and key.startswith(first.title[:30])), None)
        assert ol is not None, (uri, dl.title)
        items = ol.find_all("li", recursive=False)
        assert len(items) == len(dl.decisions), (uri, dl.title)
        assert int(ol.get("start", "1")) == first.number


def test_advice_points_are_proposals_not_decisions(built_site: Path, real_corpus) -> None:
    advice = sum(len(dl.decisions) for dl in real_corpus.decision_lists
                 if real_corpus.documents[dl.document].kind == DocumentKind.adviesnota)
    taken = sum(len(dl.decisions) for dl in real_corpus.decision_lists if dl.region == "noord-limburg") - advice
    assert advice == 3 and taken == 10
    for url in ("raadsleden", "aanbieders", ""):
        text = main_text(page(built_site, url))
        assert f"{advice + taken} besluiten" not in text, url
        assert f"{taken} besluiten" in text and f"{advice} voorstellen aan het college" in text, url
    doc = page(built_site, "noord-limburg/documenten/venray-adviesnota-2020-10-26")
    headings = [h.get_text(" ", strip=True) for h in doc.select("article h2")]
    assert any(h.startswith("Voorstellen aan het college") for h in headings)
    assert not any(h.startswith("Besluiten") for h in headings)


def test_procurement_pages_exist_where_the_source_has_that_content_and_say_what_it_is(built_site: Path) -> None:
    bno = page(built_site, url_of(procurement_uri("bno-o")))
    title = bno.select_one("article h1").get_text(" ", strip=True)
    assert "Inkoop" in title and "marktconsultatie" not in title.lower()
    nl = page(built_site, url_of(procurement_uri("noord-limburg")))
    assert "marktconsultatie" in nl.select_one("article h1").get_text(" ", strip=True).lower()
    # Only Noord-Limburg's documents speak of market consultations.
    assert "marktconsult" not in (SEEDS / "004_bdbfd51293e80395.txt").read_text(encoding="utf-8").lower()
    assert "marktconsultatie" not in main_text(bno).lower()


def test_comparison_shows_procurement_facts_of_a_region_without_segments(built_site: Path) -> None:
    seed = re.sub(r"\s+", " ", (SEEDS / "004_bdbfd51293e80395.txt").read_text(encoding="utf-8"))
    assert "Acht zorgaanbieders zijn gecontracteerd" in seed
    assert "16 zorg-in-natura-zorgaanbieders" in seed
    for type_id, needle in (("hulp-bij-het-huishouden", "8"), ("wonen", "16")):
        cell = page(built_site, f"vergelijken/{type_id}").select_one('[data-kw-region="bno-o"]')
        assert cell is not None, type_id
        rows = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in cell.select("dt")}
        assert needle in rows["Aantal aanbieders"], (type_id, rows["Aantal aanbieders"])
        assert rows["Segment"].startswith("Geen segment op deze site; de inkoop staat in"), rows["Segment"]
    wonen = page(built_site, "vergelijken/wonen").select_one('[data-kw-region="bno-o"]').get_text(" ", strip=True)
    assert "1 januari 2015" in wonen and "geen nieuwe aanbieders" in wonen


def test_onderwerpen_lists_a_framework_without_segments_under_its_law(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "onderwerpen")
    wmo = soup.find(lambda tag: tag.name == "h2" and tag.get_text(strip=True).startswith("Wmo"))
    assert wmo is not None
    links = [a["href"] for a in wmo.find_next("ul").select("a[href]")]
    bno_sections = [s for s in real_corpus.sections.values() if s.region == "bno-o"]
    assert sum("bno-o/" in href for href in links) >= len(bno_sections)
