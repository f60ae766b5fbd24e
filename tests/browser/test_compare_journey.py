"""Vergelijken for a national site (issue 16, section 5): on the synthetic 104-region corpus a keyboard user
compares two chosen regions on one segment type in three actions, axe finds nothing, the page reads at 390 px,
and without JavaScript the type's page lists every region's cell one after the other."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from kaderwijzer.model.corpus import Corpus
from macros.markup import SERVICE_TYPE_LABELS
from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS, DESKTOP, MOBILE, is_local
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe
from tests.browser.server import serve_directory
from tests.site.test_many_regions import REGIONS, national  # noqa: F401 - the 104-region build is a fixture

MAX_ACTIONS = 3
MAX_TABS_PER_ACTION = 40  # "in a few seconds": each control is a short run of Tab presses away


@pytest.fixture(scope="module")
def national_url(national: tuple[Path, Corpus]):  # noqa: F811 - pytest fixture injection
    site, _ = national
    with serve_directory(site) as url:
        yield url


def _busiest_type(corpus: Corpus) -> tuple[str, list[str]]:
    """The segment type most regions have, and those regions' names (as the chooser lists them)."""
    counts = Counter(s.service_type.value for s in corpus.segments.values() if s.service_type is not None)
    type_id = counts.most_common(1)[0][0]
    regions = {s.region for s in corpus.segments.values() if s.service_type and s.service_type.value == type_id}
    return type_id, sorted((corpus.regions[r].name for r in regions), key=str.casefold)


def _browser_page(playwright, javascript: bool = True, viewport: dict | None = None) -> tuple:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    context = browser.new_context(java_script_enabled=javascript, viewport=viewport or DESKTOP)
    context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    return browser, context.new_page()


def _tab_to(page: Page, matches: str, arg: str) -> int:
    """Press Tab until the focused element satisfies `matches` (a JS predicate on `el`, `arg`); the presses taken."""
    for presses in range(1, MAX_TABS_PER_ACTION * 4):
        page.keyboard.press("Tab")
        if page.evaluate(f"(arg) => {{ const el = document.activeElement; return !!el && ({matches}); }}", arg):
            return presses
    raise AssertionError(f"niet met Tab bereikt: {arg}")


def _skip_to_content(page: Page) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    page.keyboard.press("Enter")


def test_compare_two_chosen_regions_on_one_type_in_three_keyboard_actions(national_url: str, national) -> None:  # noqa: F811
    _, corpus = national
    type_id, names = _busiest_type(corpus)
    assert len(names) >= 3, names
    first, second = names[-1], names[1]  # not the first option: the choice must be made, not defaulted
    label = SERVICE_TYPE_LABELS[type_id]
    actions = 0
    tabs = []
    with sync_playwright() as playwright:
        browser, page = _browser_page(playwright)
        try:
            page.goto(national_url + "vergelijken/")
            _skip_to_content(page)
            # Action 1: follow the link to the segment type.
            tabs.append(_tab_to(page, "el.tagName === 'A' && el.textContent.trim() === arg", label))
            with page.expect_navigation():
                page.keyboard.press("Enter")
            actions += 1
            assert page.url.endswith(f"/vergelijken/{type_id}/")
            # Without a choice every region with this type is listed.
            assert page.locator("[data-kw-region]:visible").count() == len(names)
            _skip_to_content(page)
            # Actions 2 and 3: choose a region in each chooser by typing its name.
            for select_label, name in (("Eerste regio", first), ("Tweede regio", second)):
                tabs.append(_tab_to(page, "el.labels && el.labels[0] && el.labels[0].textContent.trim() === arg", select_label))
                page.keyboard.type(name)
                actions += 1
            page.wait_for_function("document.querySelectorAll('[data-kw-region]:not([hidden])').length === 2")
            visible = [h.strip() for h in page.locator("[data-kw-region]:visible h2").all_inner_texts()]
            assert visible == sorted([first, second], key=str.casefold)  # the page's order, for reading and for the eye
            assert actions <= MAX_ACTIONS
            assert all(t <= MAX_TABS_PER_ACTION for t in tabs), tabs
            status = page.locator("[data-kw-compare-status]")
            assert status.get_attribute("aria-live") == "polite"
            assert status.inner_text() == f"{first} en {second} naast elkaar"  # the order in which they were chosen
            # Side by side at 1280 px, using the width of the page: the table of contents is not beside it.
            boxes = [b.bounding_box() for b in page.locator("[data-kw-region]:visible").all()]
            assert len(boxes) == 2 and boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]
            content = page.locator("article").bounding_box()
            assert content["width"] >= 800, content
            # The choice is in the address, so it can be shared and comes back on reload.
            assert page.url.count("regio=") == 2
            page.reload()
            page.wait_for_function("document.querySelectorAll('[data-kw-region]:not([hidden])').length === 2")
            page.add_script_tag(content=AXE_SOURCE)
            problems = describe(page.evaluate(RUN_AXE_JS, {"selector": None, "tags": WCAG_TAGS}), f"vergelijken/{type_id}")
            assert not problems, "\n".join(problems)
        finally:
            browser.close()


def test_comparison_reads_at_390_px_without_sideways_scrolling(national_url: str, national) -> None:  # noqa: F811
    _, corpus = national
    type_id, names = _busiest_type(corpus)
    with sync_playwright() as playwright:
        browser, page = _browser_page(playwright, viewport=MOBILE)
        try:
            page.goto(national_url + f"vergelijken/{type_id}/?regio={corpus_id(corpus, names[0])}&regio={corpus_id(corpus, names[1])}")
            page.wait_for_function("document.querySelectorAll('[data-kw-region]:not([hidden])').length === 2")
            assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
            boxes = [b.bounding_box() for b in page.locator("[data-kw-region]:visible").all()]
            assert boxes[1]["y"] > boxes[0]["y"]  # one under the other
            assert all(b["x"] >= 0 and b["x"] + b["width"] <= MOBILE["width"] for b in boxes)
            page.add_script_tag(content=AXE_SOURCE)
            problems = describe(page.evaluate(RUN_AXE_JS, {"selector": None, "tags": WCAG_TAGS}), "vergelijken 390 px")
            assert not problems, "\n".join(problems)
        finally:
            browser.close()


def test_without_javascript_a_type_page_lists_every_regions_cell(national_url: str, national) -> None:  # noqa: F811
    _, corpus = national
    type_id, names = _busiest_type(corpus)
    with sync_playwright() as playwright:
        browser, page = _browser_page(playwright, javascript=False)
        try:
            page.goto(national_url + f"vergelijken/{type_id}/")
            assert not page.locator("form[data-kw-compare]").is_visible()  # a chooser that does nothing stays hidden
            assert [h.strip() for h in page.locator("[data-kw-region] h2").all_inner_texts()] == names
            absent = page.locator("#zonder-gegevens + p a").count()
            assert absent == REGIONS - len(names)
        finally:
            browser.close()


def corpus_id(corpus: Corpus, name: str) -> str:
    return next(r.id for r in corpus.regions.values() if r.name == name)
