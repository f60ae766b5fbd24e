"""Mijn gemeente in a real browser: typing filters the list, the result is announced, and without
JavaScript the full list is the page."""

from __future__ import annotations

from playwright.sync_api import sync_playwright

from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS, is_local
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe


def _listed(corpus) -> set[str]:
    """Every municipality a reader can look up: named by a source, a successor after a merger, or named
    outside the region."""
    names: set[str] = set()
    for region in corpus.regions.values():
        names.update(region.municipalities)
        names.update(s.name for s in region.successors)
        names.update(n.name for n in region.also_named)
    return names


def _open(playwright, site_url: str, javascript: bool):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    context = browser.new_context(java_script_enabled=javascript)
    context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    page = context.new_page()
    page.goto(site_url.rstrip("/") + "/gemeente/")
    return browser, page


def test_typing_a_municipality_shows_only_its_regions_and_announces_the_count(site_url: str, real_corpus) -> None:
    named = sorted(_listed(real_corpus))
    with sync_playwright() as playwright:
        browser, page = _open(playwright, site_url, javascript=True)
        try:
            field = page.get_by_label("Typ de naam van uw gemeente of kies er een")
            assert field.is_visible()
            field.focus()
            page.keyboard.type("oss")
            status = page.locator("[data-kw-finder-status]")
            assert status.get_attribute("aria-live") == "polite"
            page.wait_for_function("document.querySelector('[data-kw-finder-status]').textContent.length > 0")
            assert status.inner_text() == "1 gemeente gevonden"
            visible = page.locator("[data-kw-municipality]:visible h2").all_inner_texts()
            assert [v.strip("¶ \n") for v in visible] == ["Oss"]
            assert page.locator("[data-kw-municipality]:visible a", has_text="Brabant Noordoost-oost").count() >= 1
            page.keyboard.press("Control+A")
            page.keyboard.type("xyz")
            page.wait_for_function("document.querySelector('[data-kw-finder-status]').textContent.startsWith('Geen')")
            assert page.locator("[data-kw-municipality]:visible").count() == 0
            page.fill("#kw-gemeente", "")
            page.dispatch_event("#kw-gemeente", "input")
            assert page.locator("[data-kw-municipality]:visible").count() == len(named)
            page.add_script_tag(content=AXE_SOURCE)
            page.fill("#kw-gemeente", "ven")
            page.dispatch_event("#kw-gemeente", "input")
            problems = describe(page.evaluate(RUN_AXE_JS, {"selector": None, "tags": WCAG_TAGS}), "gemeente (gefilterd)")
            assert not problems, "\n".join(problems)
        finally:
            browser.close()


def test_without_javascript_every_named_municipality_is_listed(site_url: str, real_corpus) -> None:
    named = _listed(real_corpus)
    with sync_playwright() as playwright:
        browser, page = _open(playwright, site_url, javascript=False)
        try:
            assert not page.locator("form[data-kw-finder]").is_visible()  # a field that does nothing stays hidden
            assert page.locator("[data-kw-municipality]:visible").count() == len(named)
            index = page.locator(".kw-municipality-index a").all_inner_texts()
            assert sorted(index) == sorted(named)
        finally:
            browser.close()
