"""One sweep over every page of the built site in headless Chromium, collecting what the browser tests assert.

Each page is loaded once per colour scheme; axe-core runs at both widths on that load (the viewport is
resized in between). The two schemes run side by side in their own context of one browser, which keeps
both cores busy. Keyboard checks run right after load at the first width: desktop for the light scheme,
mobile for the dark one, so every width and every scheme is covered once.

To keep the sweep fast without changing what is judged: the browser asks for reduced motion (Material then
drops its transitions, so nothing is measured half-faded), and the search index is answered with an empty
one (otherwise every page load rebuilds the full index in a worker while axe-core runs).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Page, Route, async_playwright

from tests.browser import probes
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe

CHROMIUM = "/usr/bin/chromium"
# Without the networking switches Chromium phones home (component updates, sync, first-run pings).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 390, "height": 844}
WIDTHS = {"desktop": DESKTOP, "mobile": MOBILE}
SCHEMES = {"light": ("desktop", "mobile"), "dark": ("mobile", "desktop")}
WAIT_MS = 2000
MAX_TABS_TO_CONTENT = 120
# Collects what the page's Content-Security-Policy refused: a blocked load means a feature tried to leave.
RECORD_CSP_JS = """
window.__kwBlocked = [];
document.addEventListener("securitypolicyviolation",
  e => window.__kwBlocked.push(`${e.blockedURI || "inline"} (${e.violatedDirective})`));
"""


@dataclass
class PageFindings:
    """What went wrong on one page in one colour scheme; empty lists mean the page passed."""

    path: str
    scheme: str
    axe: list[str] = field(default_factory=list)
    lang: str = ""
    palette: str = ""  # Material's data-md-color-scheme on <body>: "default" (light) or "slate" (dark)
    plain_links: list[str] = field(default_factory=list)
    scroll_regions: list[str] = field(default_factory=list)
    scroll_regions_seen: int = 0
    skip_link: list[str] = field(default_factory=list)
    tooltip: list[str] = field(default_factory=list)
    tooltip_checked: str = ""  # "glossary", "title" or "" when the page has no link with a tooltip
    blocked_by_csp: list[str] = field(default_factory=list)
    focus_walk: list[str] = field(default_factory=list)  # only filled for the home page


@dataclass
class SiteAudit:
    pages: list[PageFindings]
    foreign_requests: list[str]
    cookies: list[str]


@dataclass
class _Sweep:
    """One scheme's sweep: its page, and which overlays (skip link, tooltips) axe-core has judged already."""

    page: Page
    base_url: str
    scheme: str
    overlays_checked: set[str] = field(default_factory=set)


def is_local(url: str) -> bool:
    """Network URLs must stay on 127.0.0.1; data:, blob: and about: never leave the browser."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https", "ws", "wss"}:
        return True
    return parts.hostname == "127.0.0.1"


def is_redirect_stub(html: Path) -> bool:
    """mkdocs-redirects leaves a stub at each old address that forwards at once to the new page."""
    return 'http-equiv="refresh"' in html.read_text(encoding="utf-8")


def site_pages(site: Path) -> list[str]:
    """URL paths of every built page (directory pages and top-level .html files such as 404.html)."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        relative = html.relative_to(site)
        if relative.parts[0] in {"assets", "search"} or is_redirect_stub(html):
            continue
        if html.name == "index.html":
            parent = relative.parent.as_posix()
            paths.append("" if parent == "." else parent + "/")
        else:
            paths.append(relative.as_posix())
    return paths


async def _became_true(page: Page, js: str, arg: object = None) -> bool:
    """Poll a page function until it returns true. (Playwright's wait_for_function evaluates strings in the
    page, which the site's Content-Security-Policy rightly forbids.)"""
    deadline = asyncio.get_running_loop().time() + WAIT_MS / 1000
    while not await page.evaluate(js, arg):
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def _axe(page: Page, where: str, selector: str | None = None) -> list[str]:
    return describe(await page.evaluate(RUN_AXE_JS, {"selector": selector, "tags": WCAG_TAGS}), where)


async def _axe_overlay_once(sweep: _Sweep, found: PageFindings, kind: str, where: str, selector: str) -> None:
    """Skip link and tooltips look the same on every page: judge them once per scheme and kind."""
    if kind not in sweep.overlays_checked:
        sweep.overlays_checked.add(kind)
        found.axe += await _axe(sweep.page, f"{where} ({kind})", selector)


async def _check_skip_link(sweep: _Sweep, found: PageFindings, where: str) -> None:
    page = sweep.page
    await page.keyboard.press("Tab")
    if not await _became_true(page, probes.SKIP_LINK_SHOWN_JS):
        focused = await page.evaluate(probes.DESCRIBE_FOCUS_JS)
        found.skip_link.append(f"{where}: eerste Tab toont geen zichtbare skiplink; focus op {focused}")
        return
    await _axe_overlay_once(sweep, found, "skiplink met focus", where, "a.md-skip")
    await page.keyboard.press("Enter")
    if not await _became_true(page, probes.FOCUS_IN_CONTENT_JS):
        focused = await page.evaluate(probes.DESCRIBE_FOCUS_JS)
        found.skip_link.append(f"{where}: skiplink zet de focus niet in de inhoud; focus op {focused}")


async def _check_scroll_regions(page: Page, found: PageFindings, where: str) -> None:
    for region in await page.evaluate(probes.SCROLLABLE_TABLES_JS):
        found.scroll_regions_seen += 1
        label = f"{where}: scrollbare tabel {region['describe']}"
        if not region["name"]:
            found.scroll_regions.append(f"{label} heeft geen caption of toegankelijke naam")
        if not region["tabbable"]:
            found.scroll_regions.append(f"{label} is niet met Tab te bereiken")
            continue
        selector = f"[data-kw-scroll='{region['index']}']"
        await page.focus(selector)
        for _ in range(3):
            await page.keyboard.press("ArrowRight")
        if not await _became_true(page, "s => document.querySelector(s).scrollLeft > 0", selector):
            found.scroll_regions.append(f"{label} scrolt niet met de pijltjestoetsen")
        await page.eval_on_selector(selector, "el => { el.scrollLeft = 0; el.blur(); }")


async def _check_tooltip(sweep: _Sweep, found: PageFindings, where: str) -> None:
    page = sweep.page
    host = await page.evaluate(probes.TOOLTIP_HOST_JS)
    if host is None:
        return
    found.tooltip_checked = "glossary" if host["glossary"] else "title"
    await page.focus("[data-kw-tooltip-host]")
    if not await _became_true(page, probes.TOOLTIP_OPEN_JS, host["title"]):
        found.tooltip.append(f"{where}: tooltip '{host['title']}' opent niet bij focus")
        return
    await _axe_overlay_once(sweep, found, f"tooltip {found.tooltip_checked}", where, ".md-tooltip2--active")


async def _check_focus_walk(sweep: _Sweep, found: PageFindings, where: str) -> None:
    """Tab from the top of the page through header and menu into the content: focus stays visible."""
    page = sweep.page
    await page.goto(sweep.base_url + found.path, wait_until="load")
    for _ in range(MAX_TABS_TO_CONTENT):
        await page.keyboard.press("Tab")
        focus = await page.evaluate(probes.FOCUS_BOX_JS)
        if focus["done"]:
            break
        # Some parts open on focus (search on small screens): give them a moment.
        if not focus["visible"] and not await _became_true(page, f"() => ({probes.FOCUS_BOX_JS})().visible"):
            found.focus_walk.append(f"{where}: focus op onzichtbaar element {focus['describe']}")
    else:
        found.focus_walk.append(f"{where}: na {MAX_TABS_TO_CONTENT}x Tab nog niet in de inhoud")
    menu_button = await page.query_selector('label[for="__drawer"][role="button"]')
    if menu_button is None or not await menu_button.is_visible():
        return  # wide screen: the menu is always shown
    await menu_button.focus()
    await page.keyboard.press("Enter")
    if not await _became_true(page, probes.MENU_OPEN_JS):
        found.focus_walk.append(f"{where}: menuknop opent het menu niet met Enter")
        return
    for _ in range(MAX_TABS_TO_CONTENT):
        await page.keyboard.press("Tab")
        if await page.evaluate(probes.FOCUS_ON_VISIBLE_NAV_LINK_JS):
            break
    else:
        found.focus_walk.append(f"{where}: geopend menu is met Tab niet zichtbaar te bereiken")
    await page.keyboard.press("Escape")
    if await page.evaluate(probes.MENU_OPEN_JS):
        found.focus_walk.append(f"{where}: Escape sluit het menu niet")


async def _audit_page(sweep: _Sweep, path: str) -> PageFindings:
    page, scheme = sweep.page, sweep.scheme
    found = PageFindings(path=path, scheme=scheme)
    first, second = SCHEMES[scheme]
    await page.set_viewport_size(WIDTHS[first])
    await page.goto(sweep.base_url + path, wait_until="load")
    found.lang, found.palette = await page.evaluate(
        "[document.documentElement.lang, document.body.dataset.mdColorScheme]")
    await _check_skip_link(sweep, found, f"/{path} [{scheme}, {first}]")
    for width in (first, second):
        where = f"/{path} [{scheme}, {width}]"
        if width == second:
            await page.set_viewport_size(WIDTHS[width])
        found.axe += await _axe(page, where)
        found.plain_links += [f"{where}: {link}" for link in await page.evaluate(probes.PLAIN_TEXT_LINKS_JS)]
        await _check_scroll_regions(page, found, where)
    await _check_tooltip(sweep, found, f"/{path} [{scheme}, {second}]")
    found.blocked_by_csp = await page.evaluate("window.__kwBlocked")
    if path == "":
        await page.set_viewport_size(WIDTHS[first])
        await _check_focus_walk(sweep, found, f"/ [{scheme}, {first}]")
    return found


async def _sweep_scheme(context: BrowserContext, base_url: str, paths: list[str], scheme: str,
                        cookies: list[str], progress: Callable[[str], None]) -> list[PageFindings]:
    sweep = _Sweep(page=await context.new_page(), base_url=base_url, scheme=scheme)
    results = []
    for number, path in enumerate(paths, start=1):
        results.append(await _audit_page(sweep, path))
        progress(f"{scheme} {number}/{len(paths)}: /{path}")
        for cookie in await context.cookies():
            cookies.append(f"/{path} [{scheme}]: cookie {cookie['name']} van {cookie['domain']}")
        await context.clear_cookies()  # each page is judged on its own first load
    await sweep.page.close()
    return results


def _empty_search_index(site: Path) -> str:
    index_file = site / "search" / "search_index.json"
    config = json.loads(index_file.read_text(encoding="utf-8"))["config"] if index_file.is_file() else {}
    return json.dumps({"config": config, "docs": []})


async def _audit(base_url: str, site: Path, paths: list[str], progress: Callable[[str], None]) -> SiteAudit:
    foreign: list[str] = []
    cookies: list[str] = []
    empty_index = _empty_search_index(site)

    async def refuse(route: Route) -> None:
        foreign.append(f"{route.request.frame.url} -> {route.request.url}")
        await route.abort()

    async def answer_empty_index(route: Route) -> None:
        await route.fulfill(status=200, content_type="application/json", body=empty_index)

    async with async_playwright() as playwright:
        # launch() gives every run a fresh, empty --user-data-dir of its own.
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        sweeps = []
        for scheme in SCHEMES:
            context = await browser.new_context(color_scheme=scheme, reduced_motion="reduce", viewport=DESKTOP,
                                                locale="nl-NL")
            await context.add_init_script(script=RECORD_CSP_JS)
            await context.add_init_script(script=AXE_SOURCE)
            await context.route(lambda url: not is_local(url), refuse)
            await context.route("**/search/search_index.json", answer_empty_index)
            sweeps.append(_sweep_scheme(context, base_url, paths, scheme, cookies, progress))
        results = await asyncio.gather(*sweeps)
        await browser.close()
    return SiteAudit(pages=[found for sweep in results for found in sweep], foreign_requests=foreign, cookies=cookies)


def audit_site(base_url: str, site: Path, progress: Callable[[str], None] = lambda line: None) -> SiteAudit:
    return asyncio.run(_audit(base_url, site, site_pages(site), progress))
