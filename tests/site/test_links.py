"""Every internal link, image, script, stylesheet, download and #anchor in the built site resolves."""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

URL_ATTRS = {"href", "src", "poster", "data", "xlink:href"}
SRCSET_ATTRS = {"srcset", "imagesrcset"}
NON_NAVIGABLE = {"mailto", "tel", "javascript", "data", "blob", "about"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")


class PageRefs(HTMLParser):
    """The ids a page offers as anchors and the URLs it refers to."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in URL_ATTRS:
                self.urls.append(value)
            elif name in SRCSET_ATTRS:
                self.urls += [item.split()[0] for item in value.split(",") if item.strip()]


@lru_cache(maxsize=None)
def read_page(path: Path) -> PageRefs:
    parser = PageRefs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


class SiteMap:
    """Maps URLs of the built site to files, the way a static web server does."""

    def __init__(self, site: Path, site_url: str):
        self.site = site
        self.base = urlsplit(site_url)

    def url_of(self, path: Path) -> str:
        relative = path.relative_to(self.site).as_posix()
        if relative == "index.html" or relative.endswith("/index.html"):
            relative = relative[: -len("index.html")]
        return urljoin(self.base.geturl(), relative)

    def file_for(self, url: str) -> Path | None:
        """The file an internal URL serves, or None for URLs outside the site (other hosts, mailto:)."""
        parts = urlsplit(url)
        if parts.scheme in NON_NAVIGABLE or parts.netloc != self.base.netloc:
            return None
        path = unquote(parts.path)
        prefix = self.base.path or "/"
        if not path.startswith(prefix):
            return self.site / "__buiten de site__" / path.lstrip("/")
        target = self.site / path[len(prefix):]
        return target / "index.html" if path.endswith("/") or target.is_dir() else target

    def problem(self, source: Path, reference: str) -> str | None:
        """Why `reference` on `source` does not resolve, or None when it does."""
        url = urljoin(self.url_of(source), reference.strip())
        target = self.file_for(url)
        if target is None:
            return None
        if not target.is_file():
            return f"{reference} -> ontbreekt ({target.relative_to(self.site)})"
        fragment = unquote(urlsplit(url).fragment)
        if fragment and target.suffix == ".html" and fragment not in read_page(target).ids:
            return f"{reference} -> anker #{fragment} bestaat niet in {target.relative_to(self.site)}"
        return None


def site_url_of(site: Path) -> str:
    """The address the site was built for: the first entry in its sitemap is the home page."""
    locs = SITEMAP_LOC.findall((site / "sitemap.xml").read_text(encoding="utf-8"))
    assert locs, "sitemap.xml noemt geen pagina's"
    return locs[0]


@pytest.fixture(scope="module")
def site_map(built_site: Path) -> SiteMap:
    return SiteMap(built_site, site_url_of(built_site))


def test_every_internal_reference_in_html_resolves(built_site: Path, site_map: SiteMap) -> None:
    pages = sorted(built_site.rglob("*.html"))
    problems = [f"{page.relative_to(built_site)}: {problem}" for page in pages
                for reference in read_page(page).urls
                if (problem := site_map.problem(page, reference))]
    assert len(pages) > 1
    assert not problems, f"{len(problems)} kapotte verwijzingen:\n" + "\n".join(problems[:100])


def test_every_url_in_stylesheets_resolves(built_site: Path, site_map: SiteMap) -> None:
    problems = [f"{sheet.relative_to(built_site)}: {problem}" for sheet in sorted(built_site.rglob("*.css"))
                for reference in CSS_URL.findall(sheet.read_text(encoding="utf-8"))
                if (problem := site_map.problem(sheet, reference))]
    assert not problems, "\n".join(problems)


def test_every_sitemap_entry_is_a_built_page(built_site: Path, site_map: SiteMap) -> None:
    locs = SITEMAP_LOC.findall((built_site / "sitemap.xml").read_text(encoding="utf-8"))
    problems = [problem for loc in locs if (problem := site_map.problem(built_site / "index.html", loc))]
    assert not problems, "\n".join(problems)


def test_checker_reports_missing_pages_files_and_anchors(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="doel">Doel</h2>', encoding="utf-8")
    (tmp_path / "file.csv").write_text("x", encoding="utf-8")
    source = tmp_path / "index.html"
    source.write_text("", encoding="utf-8")
    site_map = SiteMap(tmp_path, "http://127.0.0.1:8000/")
    assert site_map.problem(source, "a/#doel") is None
    assert site_map.problem(source, "file.csv") is None
    assert site_map.problem(source, "https://wetten.overheid.nl/") is None
    assert site_map.problem(source, "mailto:redactie@example.org") is None
    assert "ontbreekt" in (site_map.problem(source, "b/") or "")
    assert "ontbreekt" in (site_map.problem(source, "http://127.0.0.1:8000/file.json") or "")
    assert "anker #weg" in (site_map.problem(source, "a/#weg") or "")
