"""A region in its own words: Kustland (tests/fixtures/kustland) names its items "veranderopgaven" and
"transformatiedoelen", cites a web page for its one segment and has four chapters. Laid over the real data, it goes
through every shared page without another region's labels, without a term link to another region's definition
and without a claim inferred from what it lacks."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
import yaml

from kaderwijzer.model.places import region_uri, section_uri, segment_uri, source_uri
from macros.links import url_of
from tests.conftest import ROOT, build_with_region
from tests.site.html import main_text, page
from tests.site.test_every_framework import SHARED_PAGES, ZERO

FIXTURE = ROOT / "tests" / "fixtures" / "kustland" / "data"
REGION = "kustland"
NAME = "Regio Kustland"
DOCUMENT = "kustland-uitvoeringskader-inkoop-2025"
# Labels of the seeds' documents that Kustland's framework does not use.
OTHER_LABELS = re.compile(r"speerpunt|hoofddoelstelling|thema's|\bthema\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_with_region(tmp_path_factory.mktemp("kustland"), FIXTURE)


def _fixture(path: str) -> dict:
    return yaml.safe_load((FIXTURE / f"{path}.yml").read_text(encoding="utf-8"))


def _region_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in (site / REGION).rglob("index.html"))


def _region_part(soup, url: str):
    """The part of a shared page about Kustland: the smallest block around its link that names no other region."""
    link = next(a for a in soup.select("article a[href]") if f"{REGION}/" in a["href"])
    block = link
    for parent in link.parents:
        if parent.name in ("li", "tr", "section", "div", "dd", "details") and "Brabant" not in parent.get_text():
            block = parent
        elif parent.name in ("article", "body"):
            break
    return block


# Vergelijken is an index of segment types; Kustland's segment is on its type's page.
PAGES = [url if url != "vergelijken" else "vergelijken/dagbesteding" for url in SHARED_PAGES]


@pytest.mark.parametrize("url", PAGES)
def test_every_shared_page_shows_it_without_zero_counts_or_another_regions_labels(site: Path, url: str) -> None:
    soup = page(site, url)
    assert any(f"{REGION}/" in a["href"] for a in soup.select("article a[href]")), url
    assert not ZERO.search(main_text(soup)), url
    part = " ".join(_region_part(soup, url).get_text(" ", strip=True).split())
    assert not OTHER_LABELS.search(part), (url, part[:300])


def test_its_own_pages_use_its_own_labels_only(site: Path) -> None:
    pages = _region_pages(site)
    assert len(pages) >= 7  # region, document, four chapters, segment (and print, procurement)
    for url in pages:
        text = main_text(page(site, url))
        assert not OTHER_LABELS.search(text), (url, OTHER_LABELS.search(text))
    region = main_text(page(site, url_of(region_uri(REGION))))
    assert "Veranderopgaven" in region and "Transformatiedoelen" in region
    chapter = page(site, url_of(section_uri(REGION, DOCUMENT, "kustland-veranderopgaven")))
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in chapter.select("article h2, article h3")]
    assert "Veranderopgaven" in headings and "Veranderopgave 1: Segmenteren" in headings


def test_vergelijken_counts_its_goals_outside_segments_in_its_words(site: Path) -> None:
    soup = page(site, "vergelijken")
    row = soup.select_one('#doelen-buiten-segmenten').find_next("ul").select_one(f'li[data-kw-region="{REGION}"]')
    text = " ".join(row.get_text(" ", strip=True).split())
    assert text.startswith(NAME) and "2 transformatiedoelen" in text and "3 Transformatiedoelen" in text


def test_home_and_audience_pages_count_its_items_in_its_words(site: Path) -> None:
    for url in ("", "raadsleden"):
        text = main_text(page(site, url))
        assert "2 transformatiedoelen" in text and "3 veranderopgaven" in text, url
        assert "4 hoofdstukken" in text and "1 segment" in text, url


def test_no_term_link_on_its_pages_points_to_another_regions_definition(site: Path) -> None:
    checked = 0
    from kaderwijzer.reading.loader import load_corpus
    corpus = load_corpus(site.parent / "project" / "data")
    for url in _region_pages(site):
        for link in page(site, url).select("a.kw-term"):
            term = corpus.terms[link["href"].rsplit("#", 1)[1]]
            checked += 1
            assert any(d.region in (None, REGION) for d in term.definitions), (url, term.id)
    # Words Kustland uses but only other regions define stay plain text.
    intro = page(site, url_of(section_uri(REGION, DOCUMENT, "kustland-inleiding")))
    assert "juiste plek" in main_text(intro)
    for term in ("plek", "dagbesteding", "regierol"):
        assert {d.region for d in corpus.terms[term].definitions} - {REGION, None}
        for url in _region_pages(site):
            assert page(site, url).select(f"a.kw-term[href$='#{term}']") == [], (url, term)
    # Nor inside a team's name.
    assert "team Inkoop en Contractbeheer" in main_text(intro)


def test_no_claim_from_absent_records_and_chapters_stay_listed_with_a_segment(site: Path) -> None:
    for url in ("vergelijken", "vergelijken/dagbesteding"):
        compare = main_text(page(site, url))
        assert not re.search(r"Kustland[^.]{0,120}niet in segmenten", compare), url
        assert not re.search(r"Kustland[^.]{0,120}geen segmenten", compare), url
    onderwerpen = page(site, "onderwerpen")
    hrefs = " ".join(a["href"] for a in onderwerpen.select("article a[href]"))
    for chapter in ("kustland-inleiding", "kustland-veranderopgaven", "kustland-transformatiedoelen",
                    "kustland-ondersteuningsprofielen"):
        assert url_of(section_uri(REGION, DOCUMENT, chapter)) in hrefs, chapter
    assert url_of(segment_uri(REGION, "kustland-dagbesteding")) in hrefs


def test_the_segment_shows_that_its_facts_come_from_the_web_page(site: Path) -> None:
    source = _fixture("sources/kustland-inkooppagina")
    soup = page(site, url_of(segment_uri(REGION, "kustland-dagbesteding")))
    facts = " ".join(soup.select_one(".kw-facts").get_text(" ", strip=True).split())
    assert f"Gegevens uit {source['title']} (Regio Kustland)" in facts
    sources_page = main_text(page(site, url_of(source_uri("kustland-inkooppagina"))))
    assert "Webpagina" in sources_page and "Memo" not in sources_page
    framework = main_text(page(site, url_of(source_uri("kustland-uitvoeringskader-inkoop"))))
    assert "tweede editie" in framework


def test_an_item_with_its_own_citation_shows_it(site: Path) -> None:
    text = main_text(page(site, url_of(section_uri(REGION, DOCUMENT, "kustland-transformatiedoelen"))))
    assert "Bijlage 1 Transformatiedoelen, p. 14" in text


def test_its_goals_are_goals_in_the_downloads_and_the_search_filter(site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((site / "downloads" / "doelen.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    mine = [r for r in rows if r["region"] == REGION]
    assert [(r["kind"], r["section"]) for r in mine] == [("transformatiedoel", "kustland-transformatiedoelen")] * 2
    html = (site / url_of(section_uri(REGION, DOCUMENT, "kustland-transformatiedoelen")) / "index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-filter="soort[data-kw-soort]" data-kw-soort="Doel"' in html
