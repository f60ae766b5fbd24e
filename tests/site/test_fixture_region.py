"""A region that is not one of the seeds, laid over the real data, shows correctly on every shared page.

The fixture (tests/fixtures/proefland) is what a new region's editor brings: one source known only by
its URL, sections and speerpunten but no segments, a term only other regions define, an undated
milestone, and four municipalities of which the source names one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kaderwijzer.model.places import procurement_uri, region_uri, section_uri
from macros.links import url_of
from tests.conftest import ROOT, build_with_region
from tests.site.html import main_text, page
from tests.site.test_every_framework import SHARED_PAGES, ZERO

FIXTURE = ROOT / "tests" / "fixtures" / "proefland" / "data"
REGION = "proefland"
DOCUMENT = "proefland-uitvoeringskader-wmo-2024"


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_with_region(tmp_path_factory.mktemp("proefland"), FIXTURE)


def _fixture(kind: str, name: str) -> dict:
    return yaml.safe_load((FIXTURE / kind / f"{name}.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("url", SHARED_PAGES)
def test_new_region_is_on_every_shared_page_without_zero_counts(fixture_site: Path, url: str) -> None:
    soup = page(fixture_site, url)
    hrefs = [a["href"] for a in soup.select("article a[href]")]
    assert any(f"{REGION}/" in href for href in hrefs), url
    text = main_text(soup)
    assert not ZERO.search(text), (url, ZERO.search(text))


def test_home_and_audience_pages_describe_it_by_its_items_and_count(fixture_site: Path) -> None:
    region = _fixture("regions", REGION)
    themes = [_fixture("sections/proefland", name) for name in ("proefland-thuis-wonen", "proefland-meedoen")]
    priorities = sum(len(t["items"]) for t in themes)
    for url in ("", "raadsleden", "aanbieders"):
        text = main_text(page(fixture_site, url))
        assert re.search(rf"{len(themes)} hoofdstukken(,| en) {priorities} speerpunten", text), url
    home = main_text(page(fixture_site, ""))
    assert f"{region['municipality_count']} gemeenten; de bronnen noemen alleen Proefstad bij naam" in home
    raadsleden = page(fixture_site, "raadsleden")
    assert raadsleden.find("a", string=re.compile("^Speerpunten: ")) is not None


def test_no_procurement_page_where_the_source_says_nothing_about_buying(fixture_site: Path) -> None:
    assert not (fixture_site / url_of(procurement_uri(REGION)) / "index.html").exists()
    aanbieders = page(fixture_site, "aanbieders")
    assert not any(f"{REGION}/inkoop" in a["href"] for a in aanbieders.select("a[href]"))


def test_onderwerpen_and_vergelijken_list_the_framework_without_segments(fixture_site: Path) -> None:
    soup = page(fixture_site, "onderwerpen")
    wmo = soup.find(lambda tag: tag.name == "h2" and tag.get_text(strip=True).startswith("Wmo"))
    links = [a["href"] for a in wmo.find_next("ul").select("a[href]")]
    for section in ("proefland-thuis-wonen", "proefland-meedoen"):
        assert any(url_of(section_uri(REGION, DOCUMENT, section)) in href for href in links), section
    compare = page(fixture_site, "vergelijken")
    without = compare.select_one("#zonder-segmenten").find_next("ul").get_text(" ", strip=True)
    assert "Regio Proefland" in without


def test_mijn_gemeente_finds_the_named_municipality_and_says_how_many_there_are(fixture_site: Path) -> None:
    soup = page(fixture_site, "gemeente")
    block = soup.select_one("#gemeente-proefstad").find_parent(attrs={"data-kw-municipality": True})
    text = block.get_text(" ", strip=True)
    assert "Regio Proefland" in text and "Uitvoeringskader Wmo 2024–2027" in text
    assert "4 gemeenten" in main_text(soup)


def test_undated_milestone_keeps_the_source_wording_and_gets_no_date(fixture_site: Path) -> None:
    soup = page(fixture_site, f"{REGION}/documenten/{DOCUMENT}")
    rows = soup.select("table tbody tr")
    texts = [re.sub(r"\s+", " ", r.get_text(" ", strip=True)) for r in rows]
    undated = next(t for t in texts if "Gesprekken met aanbieders" in t)
    assert "na de zomer" in undated
    assert not re.search(r"\d{2}-\d{2}-\d{4}", undated)
    assert texts.index(undated) < next(i for i, t in enumerate(texts) if "Nieuwe contracten" in t)


def test_source_known_only_by_url_is_cited_by_title_and_linked(fixture_site: Path) -> None:
    source = _fixture("sources", "proefland-uitvoeringskader-wmo-2024")
    soup = page(fixture_site, url_of(region_uri(REGION)))
    text = main_text(soup)
    assert source["title"] in text
    assert ".txt" not in text
    pages = [p for p in fixture_site.rglob("index.html") if source["url"] in p.read_text(encoding="utf-8")]
    assert pages, "het openbare adres van de bron staat nergens op de site"


def test_term_only_other_regions_define_is_not_linked_on_its_pages(fixture_site: Path) -> None:
    """Another region's meaning of `respijtzorg` would be wrong here: the word stays plain text."""
    soup = page(fixture_site, url_of(section_uri(REGION, DOCUMENT, "proefland-thuis-wonen")) + "index.html")
    assert "respijtzorg" in main_text(soup).lower()
    assert soup.select("article a.kw-term[href$='#respijtzorg']") == []
