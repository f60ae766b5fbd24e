"""A preview build (KADERWIJZER_PREVIEW set, as the forge does for a merge request) passes the same browser
checks as the published site: axe-core, HTML_CodeSniffer and the keyboard, with its banner on every page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from playwright.sync_api import sync_playwright

from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS, SiteAudit, is_local
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe
from tests.browser.preview_build import PREVIEW_LABEL, PREVIEW_PAGES

_BANNER_LINK = re.compile(r'<p class="kw-preview-banner">.*?<a href="([^"]*)"', re.S)


def _html(site: Path, path: str) -> str:
    return (site / (path + "index.html" if path == "" or path.endswith("/") else path)).read_text("utf-8")


def test_every_checked_preview_page_shows_the_banner(preview_audit: SiteAudit) -> None:
    assert {found.path for found in preview_audit.pages} == set(PREVIEW_PAGES)
    wrong = [f"/{found.path} [{found.scheme}]: {found.banners}" for found in preview_audit.pages
             if len(found.banners) != 1 or PREVIEW_LABEL not in found.banners[0]]
    assert wrong == []


def test_banner_link_is_a_valid_url_to_the_list_of_changed_pages(preview_site: Path) -> None:
    home = "https://kaderwijzer.example/"
    assert 'id="kw-voorbeeld"' in _html(preview_site, "")
    for path in PREVIEW_PAGES:
        href = _BANNER_LINK.search(_html(preview_site, path)).group(1)
        assert not href.startswith("//"), f"/{path}: {href!r} is een adres zonder host"
        target = urlsplit(urljoin(home + path, href))
        assert (target.netloc, target.path, target.fragment) == ("kaderwijzer.example", "/", "kw-voorbeeld"), \
            f"/{path}: {href!r}"


def test_axe_finds_no_violations_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.axe]
    assert not problems, f"{len(problems)} axe-overtredingen:\n" + "\n".join(problems[:80])


def test_html_codesniffer_finds_no_errors_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.htmlcs]
    assert not problems, f"{len(problems)} HTML_CodeSniffer-fouten:\n" + "\n".join(problems[:80])


def test_first_tab_on_the_preview_reaches_the_skip_link_before_the_banner(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.skip_link]
    assert not problems, "\n".join(problems)


def test_keyboard_checks_pass_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages
                for line in [*found.focus_walk, *found.search_dialog, *found.tooltip, *found.scroll_regions,
                             *found.idle_tab_stops]]
    assert not problems, "\n".join(problems)
    assert any(found.search_dialog_checked for found in preview_audit.pages)


def test_banner_link_keeps_its_contrast_when_focused_or_hovered(preview_url: str) -> None:
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for scheme in ("light", "dark"):
                context = browser.new_context(color_scheme=scheme, reduced_motion="reduce")
                context.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
                context.add_init_script(script=AXE_SOURCE)
                page = context.new_page()
                page.goto(preview_url + "404.html")
                link = page.locator(".kw-preview-banner a")
                page.keyboard.press("Tab")  # the skip link
                page.keyboard.press("Tab")  # the banner's link
                assert page.evaluate("document.activeElement.matches('.kw-preview-banner a')"), scheme
                where = f"/404.html [{scheme}, focus]"
                problems += describe(page.evaluate(RUN_AXE_JS, {"selector": "aside.md-banner", "tags": WCAG_TAGS}), where)
                ring = link.evaluate("el => getComputedStyle(el).outlineStyle")
                if ring == "none":
                    problems.append(f"{where}: geen focusring")
                link.hover()
                where = f"/404.html [{scheme}, hover]"
                problems += describe(page.evaluate(RUN_AXE_JS, {"selector": "aside.md-banner", "tags": WCAG_TAGS}), where)
                context.close()
        finally:
            browser.close()
    assert not problems, "\n".join(problems)
