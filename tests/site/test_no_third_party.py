"""The built site loads nothing from another host: no fonts, scripts, styles, images or frames from elsewhere.

A plain hyperlink to another site is fine; loading something from it is not. The browser suite
(tests/browser) checks the same at run time; this test reads every built file.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Attributes that make the browser fetch something, per element.
LOADING_ATTRS = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "frame": ("src",), "embed": ("src",), "object": ("data",), "video": ("src", "poster"), "audio": ("src",),
    "track": ("src",), "input": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
}
# <link rel> values that only describe or point to another document; every other rel loads something.
NAVIGATIONAL_RELS = {"alternate", "canonical", "author", "license", "help", "next", "prev", "search",
                     "bookmark", "me", "external", "nofollow", "noopener", "noreferrer", "tag"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")
JS_URL_LITERAL = re.compile(r"""["'`]((?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^"'`\s]*)""")
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"')

# URL literals in Material's bundle (a file we do not write) that load only in situations this site avoids;
# the page's Content-Security-Policy refuses them in any case. Anything else in any JS file fails the test.
THEME_LOADERS = {
    "https://unpkg.com/mermaid@": "Mermaid diagrams: only on pages with a mermaid block",
    "https://unpkg.com/resize-observer-polyfill": "polyfill: only in browsers without ResizeObserver",
    "https://api.github.com/": "repository facts: only with repo_url in mkdocs.yml",
}


def is_external(url: str) -> bool:
    parts = urlsplit(url.strip())
    if parts.scheme in {"data", "blob", "about"}:
        return False
    return bool(parts.netloc) and parts.hostname not in {"127.0.0.1", "localhost"}


def srcset_urls(value: str) -> list[str]:
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


class LoadedUrls(HTMLParser):
    """Every URL an HTML page makes the browser fetch by itself (not the ones a visitor clicks)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        names = LOADING_ATTRS.get(tag, ())
        if tag == "link" and not set(values.get("rel", "").lower().split()) <= NAVIGATIONAL_RELS:
            names = ("href", "imagesrcset")
        for name in names:
            if name in values:
                self.urls += srcset_urls(values[name]) if name.endswith("srcset") else [values[name]]
        if "style" in values:
            self.urls += css_urls(values["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.urls += css_urls(data)


def css_urls(css: str) -> list[str]:
    return [url or imported for url, imported in CSS_URL.findall(css)]


def external_loads_in_html(text: str) -> list[str]:
    parser = LoadedUrls()
    parser.feed(text)
    return [url for url in parser.urls if is_external(url)]


def external_loads_in_js(text: str) -> list[str]:
    return [url for url in JS_URL_LITERAL.findall(text) if is_external(url)]


def site_files(site: Path, suffix: str) -> list[Path]:
    files = sorted(site.rglob(f"*{suffix}"))
    assert files, f"geen {suffix}-bestanden in de gebouwde site"
    return files


def test_html_pages_load_nothing_from_other_hosts(built_site: Path) -> None:
    found = [f"{path.relative_to(built_site)}: {url}" for path in site_files(built_site, ".html")
             for url in external_loads_in_html(path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)


def test_stylesheets_load_nothing_from_other_hosts(built_site: Path) -> None:
    found = [f"{path.relative_to(built_site)}: {url}" for path in site_files(built_site, ".css")
             for url in css_urls(path.read_text(encoding="utf-8")) if is_external(url)]
    assert not found, "\n".join(found)


# Pagefind (the site search) builds result links with `new URL("https://example.com" + path)` only to
# take the path apart again; nothing is fetched from it.
PAGEFIND_PARSE_BASE = "https://example.com${"


def test_scripts_contain_no_other_host_except_known_theme_loaders(built_site: Path) -> None:
    found = []
    for path in site_files(built_site, ".js"):
        theme_bundle = path.parent.name == "javascripts" and path.name.startswith("bundle.")
        pagefind = path.parent.name == "pagefind"
        for url in external_loads_in_js(path.read_text(encoding="utf-8")):
            if pagefind and url.startswith(PAGEFIND_PARSE_BASE):
                continue
            if not (theme_bundle and any(url.startswith(prefix) for prefix in THEME_LOADERS)):
                found.append(f"{path.relative_to(built_site)}: {url}")
    assert not found, "\n".join(found)


def test_theme_loaders_stay_unused(built_site: Path) -> None:
    # The conditions under which Material's bundle would reach for a CDN or GitHub.
    pages = [path.read_text(encoding="utf-8") for path in site_files(built_site, ".html")]
    assert not any('class="mermaid"' in page for page in pages)
    assert not any('data-md-component="source"' in page for page in pages)


def test_every_page_carries_a_same_origin_content_security_policy(built_site: Path) -> None:
    problems = []
    for path in site_files(built_site, ".html"):
        text = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text:
            continue  # a mkdocs-redirects stub: forwards at once and loads nothing (checked above)
        match = CSP_META.search(text)
        if match is None:
            problems.append(f"{path.relative_to(built_site)}: geen Content-Security-Policy")
            continue
        sources = {token for directive in match.group(1).split(";") for token in directive.split()[1:]}
        # 'wasm-unsafe-eval' lets the search run its WebAssembly; it names no other origin.
        if not sources <= {"'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", "data:", "'none'"}:
            problems.append(f"{path.relative_to(built_site)}: staat andere bronnen toe: {sorted(sources)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("html, expected", [
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
     ["https://fonts.googleapis.com/css?family=Roboto"]),
    ('<script src="//cdn.example.org/x.js"></script>', ["//cdn.example.org/x.js"]),
    ('<img srcset="a.png 1x, https://img.example.org/b.png 2x">', ["https://img.example.org/b.png"]),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', ["https://www.youtube.com/embed/x"]),
    ('<div style="background: url(https://x.example.org/bg.png)"></div>', ["https://x.example.org/bg.png"]),
    ("<style>@import 'https://x.example.org/s.css';</style>", ["https://x.example.org/s.css"]),
    ('<a href="https://wetten.overheid.nl/">wet</a>', []),
    ('<link rel="alternate" href="https://example.org/feed.xml">', []),
    ('<link rel="stylesheet" href="../assets/kaderwijzer.css"><img src="data:image/png;base64,AA==">', []),
])
def test_detector_tells_loading_from_linking(html: str, expected: list[str]) -> None:
    assert external_loads_in_html(html) == expected
