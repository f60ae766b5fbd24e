"""What IBM's Equal Access checker and keyboard checks found that axe-core did not (issue 16, section 8),
each checked in the browser on the pages where it showed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS, is_local, site_pages
from tests.browser.probes import (FOCUS_ON_PAGE_TITLE_JS, SKIP_LINK_SHOWN_JS, TOOLTIP_HIDDEN_FOCUS_KEPT_JS,
                                  TOOLTIP_SHOWN_JS)

_SEARCH_BUTTON = re.compile(r"<button[^>]*data-kw-search-open[^>]*>(.*?)</button>", re.S)
_HIDDEN_SPAN = re.compile(r'<span[^>]*aria-hidden="true"[^>]*>.*?</span>', re.S)


@pytest.fixture
def page(site_url: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(reduced_motion="reduce", viewport={"width": 1280, "height": 800})
        context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
        try:
            yield context.new_page()
        finally:
            browser.close()


def _tab_to(page: Page, selector: str, limit: int = 250) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"na {limit}x Tab geen focus op {selector}")


def test_search_button_icon_is_hidden_from_screen_readers_on_every_page(built_site: Path, page: Page,
                                                                       site_url: str) -> None:
    unnamed = []
    for path in site_pages(built_site):
        html = (built_site / (path + "index.html" if path == "" or path.endswith("/") else path)).read_text("utf-8")
        button = _SEARCH_BUTTON.search(html)
        assert button, f"/{path}: geen zoekknop"
        if "<svg" in _HIDDEN_SPAN.sub("", button.group(1)):
            unnamed.append(f"/{path}")
    assert unnamed == [], f"zoekknop met een pictogram zonder naam en zonder aria-hidden: {unnamed[:10]}"
    page.goto(site_url)
    button = page.get_by_role("button", name="Zoeken", exact=True)
    assert button.is_visible()
    assert page.evaluate("[...document.querySelectorAll('[data-kw-search-open] svg')]"
                         ".every(svg => svg.closest('[aria-hidden=true]'))")


@pytest.mark.parametrize("path", ["bno-o/", "404.html", ""])
def test_skip_link_is_the_first_tab_stop_and_lands_on_the_page_title(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    page.keyboard.press("Tab")
    page.wait_for_function(SKIP_LINK_SHOWN_JS)
    page.keyboard.press("Enter")
    page.wait_for_function(FOCUS_ON_PAGE_TITLE_JS)
    title = page.evaluate("document.activeElement.id")
    assert title and page.evaluate("id => location.hash === '#' + id", title)


def test_municipality_finder_field_has_a_visible_focus_ring_of_its_own(page: Page, site_url: str) -> None:
    page.goto(site_url + "gemeente/")
    field = page.locator("#kw-gemeente")
    before = field.evaluate("el => getComputedStyle(el).outlineStyle")
    _tab_to(page, "#kw-gemeente")
    ring = field.evaluate("el => { const s = getComputedStyle(el);"
                          " return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor }; }")
    assert before == "none"
    assert ring["style"] == "solid" and ring["width"] >= 2, ring
    accent = page.evaluate("getComputedStyle(document.querySelector('.md-typeset')).getPropertyValue('--md-accent-fg-color')")
    assert accent.strip(), "geen accentkleur gevonden"


def test_search_dialog_with_filters_fits_a_320_px_screen(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url)
    page.locator("[data-kw-search-open]").wait_for(state="visible")
    page.keyboard.press("/")
    page.keyboard.type("logeren")
    page.wait_for_function("() => { const f = document.querySelector('[data-kw-search-filters]');"
                           " return f && !f.hidden && f.querySelector('select'); }", timeout=10_000)
    sizes = page.evaluate("""() => {
      const dialog = document.querySelector("dialog.kw-search");
      const fieldset = dialog.querySelector("[data-kw-search-filters]").getBoundingClientRect();
      const box = dialog.getBoundingClientRect();
      return { scroll: dialog.scrollWidth, client: dialog.clientWidth, right: fieldset.right, edge: box.right };
    }""")
    assert sizes["scroll"] <= sizes["client"], f"zoekvenster scrolt opzij: {sizes}"
    assert sizes["right"] <= sizes["edge"], f"filters steken buiten het venster: {sizes}"


def test_escape_hides_a_term_tooltip_and_keeps_the_focus(page: Page, site_url: str) -> None:
    page.goto(site_url + "bno-o/")
    page.locator("article a.kw-term[title]").first.evaluate("el => el.setAttribute('data-kw-tooltip-host', '')")
    page.focus("[data-kw-tooltip-host]")
    page.wait_for_function(TOOLTIP_SHOWN_JS)
    page.keyboard.press("Escape")
    page.wait_for_function(TOOLTIP_HIDDEN_FOCUS_KEPT_JS)
    page.wait_for_timeout(500)  # and it stays hidden
    assert page.evaluate(TOOLTIP_HIDDEN_FOCUS_KEPT_JS)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus again: the tooltip shows again
    page.wait_for_function(TOOLTIP_SHOWN_JS)


@pytest.mark.parametrize(("path", "width"), [("bijdragen/", 1280), ("bijdragen/", 390), ("indicatoren/", 390)])
def test_tables_are_tab_stops_only_when_they_scroll(page: Page, site_url: str, path: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + path)
    page.wait_for_load_state("load")
    tables = page.evaluate("""() => [...document.querySelectorAll("article .kw-table")].map(el => ({
      scrolls: el.scrollWidth > el.clientWidth + 1, tabStop: el.hasAttribute("tabindex") && el.tabIndex >= 0,
      name: (el.getAttribute("aria-label") || "").trim() }))""")
    assert len(tables) >= 5
    assert [t for t in tables if t["tabStop"] != t["scrolls"]] == []
    assert all(t["name"] for t in tables if t["tabStop"])
    # Guard: the page shows both kinds at this width, or the test would see only one.
    if width == 1280:
        assert any(not t["scrolls"] for t in tables)
    else:
        assert any(t["scrolls"] for t in tables), f"op {width} px scrolt geen enkele tabel: de test ziet niets"
