"""One sweep over every page of the built site in headless Chromium, collecting what the browser tests assert.

Each page is loaded once per colour scheme; axe-core runs at both widths on that load (the viewport is
resized in between). The two schemes run side by side in their own context of one browser, which keeps
both cores busy. Keyboard checks run right after load at the first width: desktop for the light scheme,
mobile for the dark one, so every width and every scheme is covered once.

Next to axe-core, HTML_CodeSniffer (WCAG2AA errors) judges every page once per scheme. The search dialog
is opened, used and judged once per scheme, on the home page. Every request of a page view is logged:
a page view must not load data for the whole site (the search index, sitemap.xml).

To keep the sweep fast without changing what is judged, the browser asks for reduced motion (Material then
drops its transitions, so nothing is measured half-faded).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.async_api import BrowserContext, Page, Route, async_playwright

from tests.browser import probes
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe
from tests.browser.htmlcs import HTMLCS_SOURCE, RUN_HTMLCS_JS, describe_htmlcs

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
    idle_tab_stops: list[str] = field(default_factory=list)  # tables that are a tab stop with nothing to scroll
    banners: list[str] = field(default_factory=list)  # text of each announcement bar on the page
    skip_link: list[str] = field(default_factory=list)
    tooltip: list[str] = field(default_factory=list)
    tooltip_checked: str = ""  # "glossary", "title" or "" when the page has no link with a tooltip
    blocked_by_csp: list[str] = field(default_factory=list)
    focus_walk: list[str] = field(default_factory=list)  # only filled for the home page
    search_dialog: list[str] = field(default_factory=list)  # only filled for the home page
    search_dialog_checked: bool = False
    htmlcs: list[str] = field(default_factory=list)
    whole_site_loads: list[str] = field(default_factory=list)  # requests on page view that fetch site-wide data


@dataclass
class SiteAudit:
    pages: list[PageFindings]
    foreign_requests: list[str]
    cookies: list[str]
    redirects: list[PageFindings] = field(default_factory=list)


@dataclass
class _Sweep:
    """One scheme's sweep: its page, and which overlays (skip link, tooltips) axe-core has judged already."""

    page: Page
    base_url: str
    scheme: str
    overlays_checked: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)  # URLs requested since the last page load began


def is_local(url: str) -> bool:
    """Network URLs must stay on 127.0.0.1; data:, blob: and about: never leave the browser."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https", "ws", "wss"}:
        return True
    return parts.hostname == "127.0.0.1"


def is_redirect_stub(html: Path) -> bool:
    """mkdocs-redirects leaves a stub at each old address that forwards at once to the new page."""
    return 'http-equiv="refresh"' in html.read_text(encoding="utf-8")


def _url_path(site: Path, html: Path) -> str:
    relative = html.relative_to(site)
    if html.name == "index.html":
        parent = relative.parent.as_posix()
        return "" if parent == "." else parent + "/"
    return relative.as_posix()


def _built_html(site: Path) -> list[Path]:
    return [html for html in sorted(site.rglob("*.html")) if html.relative_to(site).parts[0] not in {"assets", "pagefind"}]


def site_pages(site: Path) -> list[str]:
    """URL paths of every built page (directory pages and top-level .html files such as 404.html)."""
    return [_url_path(site, html) for html in _built_html(site) if not is_redirect_stub(html)]


def redirect_stubs(site: Path) -> list[str]:
    return [_url_path(site, html) for html in _built_html(site) if is_redirect_stub(html)]


# Requests on a plain page view that would grow with the whole site.
WHOLE_SITE_DATA = ("sitemap.xml", "/pagefind/", "search_index.json")


async def _became_true(page: Page, js: str, arg: object = None, timeout_ms: int = WAIT_MS) -> bool:
    """Poll a page function until it returns true. (Playwright's wait_for_function evaluates strings in the
    page, which the site's Content-Security-Policy rightly forbids.)"""
    deadline = asyncio.get_running_loop().time() + timeout_ms / 1000
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
    if not await _became_true(page, probes.FOCUS_ON_PAGE_TITLE_JS):
        focused = await page.evaluate(probes.DESCRIBE_FOCUS_JS)
        found.skip_link.append(f"{where}: skiplink zet de focus niet op de paginatitel (h1); focus op {focused}")


async def _check_scroll_regions(page: Page, found: PageFindings, where: str) -> None:
    found.idle_tab_stops += [f"{where}: tabstop zonder iets te scrollen: {box}"
                             for box in await page.evaluate(probes.IDLE_TAB_STOPS_JS)]
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
    await page.keyboard.press("Escape")
    if not await _became_true(page, probes.TOOLTIP_HIDDEN_FOCUS_KEPT_JS):
        found.tooltip.append(f"{where}: Escape verbergt tooltip '{host['title']}' niet (of de focus verschuift)")


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
    menu_button = await page.query_selector("button.kw-menu-button")
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


async def _check_search_dialog(sweep: _Sweep, found: PageFindings, where: str) -> None:
    """Open the search with "/", search, judge the dialog with its results, Tab inside, close with Escape;
    then open it again from the header button with Enter."""
    page = sweep.page
    found.search_dialog_checked = True
    problems = found.search_dialog
    await page.goto(sweep.base_url + found.path, wait_until="load")
    await page.keyboard.press("/")
    if not await _became_true(page, probes.SEARCH_OPEN_WITH_FOCUS_JS):
        problems.append(f"{where}: '/' opent het zoekvenster niet met de focus in het zoekveld")
        return
    dialog = await page.evaluate(probes.SEARCH_DIALOG_JS)
    if not dialog["name"] or not dialog["modal"]:
        problems.append(f"{where}: zoekvenster is geen benoemde modale dialoog: {dialog}")
    await page.keyboard.type("logeren")
    if not await _became_true(page, probes.SEARCH_RESULTS_SHOWN_JS, None, timeout_ms=10_000):
        problems.append(f"{where}: geen resultaten of status na zoeken op 'logeren'")
        return
    found.axe += await _axe(page, f"{where} (zoekvenster met resultaten)", "dialog.kw-search")
    for _ in range(12):
        await page.keyboard.press("Tab")
        if not await page.evaluate(probes.FOCUS_IN_SEARCH_DIALOG_JS):
            problems.append(f"{where}: Tab verlaat het open zoekvenster")
            break
    await page.keyboard.press("Escape")
    if not await _became_true(page, probes.SEARCH_CLOSED_FOCUS_ON_BUTTON_JS):
        problems.append(f"{where}: Escape sluit het zoekvenster niet of de focus keert niet terug naar de zoekknop")
        return
    await page.keyboard.press("Enter")
    if not await _became_true(page, probes.SEARCH_OPEN_WITH_FOCUS_JS):
        problems.append(f"{where}: de zoekknop opent het zoekvenster niet met Enter")
    await page.keyboard.press("Escape")


async def _audit_page(sweep: _Sweep, path: str) -> PageFindings:
    page, scheme = sweep.page, sweep.scheme
    found = PageFindings(path=path, scheme=scheme)
    first, second = SCHEMES[scheme]
    await page.set_viewport_size(WIDTHS[first])
    sweep.requests.clear()
    await page.goto(sweep.base_url + path, wait_until="load")
    found.lang, found.palette = await page.evaluate(
        "[document.documentElement.lang, document.body.dataset.mdColorScheme]")
    found.banners = await page.evaluate(probes.BANNERS_JS)
    await _check_skip_link(sweep, found, f"/{path} [{scheme}, {first}]")
    for width in (first, second):
        where = f"/{path} [{scheme}, {width}]"
        if width == second:
            await page.set_viewport_size(WIDTHS[width])
        found.axe += await _axe(page, where)
        if width == first:
            found.htmlcs = describe_htmlcs(await page.evaluate(RUN_HTMLCS_JS), where)
        found.plain_links += [f"{where}: {link}" for link in await page.evaluate(probes.PLAIN_TEXT_LINKS_JS)]
        await _check_scroll_regions(page, found, where)
    await _check_tooltip(sweep, found, f"/{path} [{scheme}, {second}]")
    found.blocked_by_csp = await page.evaluate("window.__kwBlocked")
    found.whole_site_loads = [f"/{path} [{scheme}]: {url}" for url in sweep.requests
                              if any(marker in url for marker in WHOLE_SITE_DATA)]
    if path == "":
        await page.set_viewport_size(WIDTHS[first])
        await _check_focus_walk(sweep, found, f"/ [{scheme}, {first}]")
        await _check_search_dialog(sweep, found, f"/ [{scheme}, {first}]")
    return found


async def _audit_redirect(sweep: _Sweep, path: str) -> PageFindings:
    """A redirect stub forwards at once; answer its target with 204 (no content), so the stub stays shown."""
    page = sweep.page
    found = PageFindings(path=path, scheme=sweep.scheme)

    async def stay(route: Route) -> None:
        await route.fulfill(status=204)

    stub_url = sweep.base_url + path
    await page.route(lambda url: url.split("#")[0] != stub_url and is_local(url), stay)
    try:
        # Not "load": Playwright would wait for the forwarding navigation, which the 204 ends without a page.
        await page.goto(stub_url, wait_until="commit")
        await _became_true(page, "() => document.readyState === 'complete'")
        await page.wait_for_timeout(200)  # let the refresh and the script try to leave
        found.lang = await page.evaluate("document.documentElement.lang")
        found.axe += await _axe(page, f"/{path} [{sweep.scheme}, doorverwijzing]")
        found.htmlcs = describe_htmlcs(await page.evaluate(RUN_HTMLCS_JS), f"/{path} [{sweep.scheme}, doorverwijzing]")
    finally:
        await page.unroute_all()
    return found


async def _sweep_scheme(context: BrowserContext, base_url: str, paths: list[str], stubs: list[str], scheme: str,
                        cookies: list[str], progress: Callable[[str], None]) -> tuple[list[PageFindings], list[PageFindings]]:
    sweep = _Sweep(page=await context.new_page(), base_url=base_url, scheme=scheme)
    sweep.page.on("request", lambda request: sweep.requests.append(request.url))
    results = []
    for number, path in enumerate(paths, start=1):
        results.append(await _audit_page(sweep, path))
        progress(f"{scheme} {number}/{len(paths)}: /{path}")
        for cookie in await context.cookies():
            cookies.append(f"/{path} [{scheme}]: cookie {cookie['name']} van {cookie['domain']}")
        await context.clear_cookies()  # each page is judged on its own first load
    redirects = [await _audit_redirect(sweep, path) for path in stubs]
    await sweep.page.close()
    return results, redirects


async def _audit(base_url: str, site: Path, paths: list[str], stubs: list[str],
                 progress: Callable[[str], None]) -> SiteAudit:
    foreign: list[str] = []
    cookies: list[str] = []

    async def refuse(route: Route) -> None:
        foreign.append(f"{route.request.frame.url} -> {route.request.url}")
        await route.abort()

    async with async_playwright() as playwright:
        # launch() gives every run a fresh, empty --user-data-dir of its own.
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        sweeps = []
        for scheme in SCHEMES:
            context = await browser.new_context(color_scheme=scheme, reduced_motion="reduce", viewport=DESKTOP,
                                                locale="nl-NL")
            await context.add_init_script(script=RECORD_CSP_JS)
            await context.add_init_script(script=AXE_SOURCE)
            await context.add_init_script(script=HTMLCS_SOURCE)
            await context.route(lambda url: not is_local(url), refuse)
            sweeps.append(_sweep_scheme(context, base_url, paths, stubs, scheme, cookies, progress))
        results = await asyncio.gather(*sweeps)
        await browser.close()
    return SiteAudit(pages=[found for pages, _ in results for found in pages], foreign_requests=foreign,
                     cookies=cookies, redirects=[found for _, stubs in results for found in stubs])


def audit_site(base_url: str, site: Path, progress: Callable[[str], None] = lambda line: None,
               paths: list[str] | None = None) -> SiteAudit:
    """Every page and redirect stub of the site, or only `paths` (then no redirect stubs)."""
    if paths is not None:
        return asyncio.run(_audit(base_url, site, paths, [], progress))
    return asyncio.run(_audit(base_url, site, site_pages(site), redirect_stubs(site), progress))
