"""Search journeys in the real browser: what a visitor finds with the header search (Pagefind)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, sync_playwright

from kaderwijzer.model.places import segment_uri
from macros.links import url_of
from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS, is_local

TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def browser_page(site_url: str) -> Iterator[Callable[[], tuple[Page, list[str]]]]:
    """Opens fresh pages in one browser; each comes with the log of every request it made."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)

        def new_page() -> tuple[Page, list[str]]:
            page = browser.new_context(locale="nl-NL").new_page()
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(site_url, wait_until="load")
            return page, requests

        yield new_page
        browser.close()


@pytest.fixture(scope="module")
def search_page(browser_page) -> tuple[Page, list[str]]:
    """A page with the search dialog open."""
    page, requests = browser_page()
    page.keyboard.press("/")
    page.wait_for_selector("dialog.kw-search[open] select#kw-search-filter-regio", state="attached", timeout=TIMEOUT_MS)
    return page, requests


def search(page: Page, query: str, **filters: str) -> list[dict[str, str]]:
    """Every result (all "more" pages) for a query, as the dialog lists them."""
    for key in ("soort", "regio", "wet"):
        page.select_option(f"#kw-search-filter-{key}", filters.get(key, ""))
    page.fill("#kw-search-query", query)
    page.press("#kw-search-query", "Enter")
    status = page.locator("dialog.kw-search [role=status]")
    # Each filter change searches again: wait for the status of this query with exactly these filters, not
    # the one of a search made while the filters were being set.
    expected = f" met filter {', '.join(filters.values())}" if filters else ""
    status.filter(has_text=re.compile(f"voor ‘{re.escape(query)}’{re.escape(expected)}[.]")).wait_for(timeout=TIMEOUT_MS)
    more = page.locator("[data-kw-search-more]")
    while more.is_visible():
        count = page.locator(".kw-search__result").count()
        more.click()
        page.locator(".kw-search__result").nth(count).wait_for(timeout=TIMEOUT_MS)
    return page.eval_on_selector_all(".kw-search__result", """items => items.map(item => ({
        path: new URL(item.querySelector("a").href).pathname,
        title: item.querySelector("a").textContent,
        meta: item.querySelector(".kw-search__meta").textContent,
        parts: [...item.querySelectorAll(".kw-search__parts a")].map(a => a.textContent).join(" | "),
    }))""")


def segment_path(real_corpus, region: str, code: str) -> str:
    (segment,) = [s for s in real_corpus.segments.values() if s.region == region and s.code == code]
    return "/" + url_of(segment_uri(region, segment.id))


def paths(results: list[dict[str, str]]) -> list[str]:
    return [r["path"] for r in results]


def test_logeren_finds_both_regions_respite_segments_with_kind_region_and_document(search_page, real_corpus) -> None:
    page, _ = search_page
    results = search(page, "logeren")
    nl_3b = segment_path(real_corpus, "noord-limburg", "3b")
    mh_47 = segment_path(real_corpus, "midden-holland", "4.7")
    assert {nl_3b, mh_47} <= set(paths(results))
    meta = next(r["meta"] for r in results if r["path"] == nl_3b)
    document = real_corpus.documents[real_corpus.segments["wmo-3b-logeren"].document].title
    assert meta.startswith("Segment") and "Noord-Limburg" in meta and document in meta


def test_region_filter_keeps_only_that_region(search_page, real_corpus) -> None:
    page, _ = search_page
    region = real_corpus.regions["noord-limburg"].name
    results = search(page, "logeren", regio=region)
    assert segment_path(real_corpus, "noord-limburg", "3b") in paths(results)
    assert segment_path(real_corpus, "midden-holland", "4.7") not in paths(results)
    assert all(region in r["meta"] for r in results)


def test_kind_and_law_filters_come_from_the_data(search_page, real_corpus) -> None:
    page, _ = search_page
    segments = search(page, "logeren", soort="Segment")
    assert segments and all(r["meta"].startswith("Segment") for r in segments)
    youth = search(page, "logeren", wet="Jeugd")
    youth_segments = {"/" + url_of(segment_uri(s.region, s.id)) for s in real_corpus.segments.values()
                      if any(d.label == "Jeugd" for d in s.domains)}
    assert segment_path(real_corpus, "noord-limburg", "3b") not in paths(youth)  # a Wmo segment
    assert {p for p in paths(youth) if "/segmenten/" in p} <= youth_segments


def test_plural_finds_what_singular_finds_dutch_stemming(search_page) -> None:
    page, _ = search_page
    singular = search(page, "wachtlijst")
    plural = search(page, "wachtlijsten")
    assert singular and sorted(paths(plural)) == sorted(paths(singular))


def test_glossary_abbreviations_are_search_terms(search_page, real_corpus) -> None:
    page, _ = search_page
    results = search(page, "hbh")
    titles = " ".join(r["title"] for r in results)
    assert "Hulp bij het huishouden" in titles
    status = page.text_content("dialog.kw-search [role=status]")
    assert "Ook gezocht naar ‘Hulp bij het huishouden’" in status  # visible, not hidden alias text
    beschermd = search(page, "BW")
    assert any("Beschermd wonen" in r["title"] or "Beschermd wonen" in r["parts"] for r in beschermd)


def test_glossary_terms_show_as_kind_begrip(search_page) -> None:
    page, _ = search_page
    results = search(page, "abonnementstarief")
    glossary = [r for r in results if r["path"] == "/begrippen/"]
    assert glossary and glossary[0]["meta"].startswith("Begrip") and "Begrip: Abonnementstarief" in glossary[0]["parts"]


def test_print_pages_are_not_in_the_index(search_page) -> None:
    page, _ = search_page
    for query in ("logeren", "printversie", "crisis"):
        assert not [p for p in paths(search(page, query)) if "/print/" in p], query


def test_overviews_are_found_by_their_own_words_not_by_the_rows_they_repeat(search_page) -> None:
    page, _ = search_page
    found = paths(search(page, "logeren"))
    assert "/vergelijken/respijtzorg/" in found  # its title names logeren
    # The overview of all segments lists "3b Logeren" in its table; that row repeats the segment page.
    assert "/segmenten/" not in found
    assert "/segmenten/" in paths(search(page, "alle segmenten"))  # still found by its own title


def test_page_view_loads_no_search_data_and_a_query_only_the_fragments_it_needs(browser_page, built_site) -> None:
    page, requests = browser_page()
    page.wait_for_timeout(300)
    on_view = {urlsplit(url).path for url in requests}
    assert not [p for p in on_view if "/pagefind/" in p or p.endswith(("sitemap.xml", "search_index.json"))], on_view
    page.keyboard.press("/")
    results = search(page, "logeren")
    assert len(results) > 10  # more than one batch, so the "more results" button was used
    assert all(is_local(url) for url in requests)
    fetched = {urlsplit(url).path for url in requests}
    fragments = list((built_site / "pagefind" / "fragment").iterdir())
    loaded = [p for p in fetched if "/pagefind/fragment/" in p]
    assert len(results) <= len(loaded) < len(fragments)  # the fragments of the results shown, not the whole site
    assert not [p for p in fetched if p.endswith(("sitemap.xml", "search_index.json"))]
