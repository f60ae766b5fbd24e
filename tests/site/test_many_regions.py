"""A national site: with 100+ regions the home page and the sidebar stay usable, and every segment is a few
clicks from Home. Built from a synthetic corpus (bench/corpus.py, one small document per region)."""

from __future__ import annotations

import math
import shutil
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from bench.corpus import generate
from kaderwijzer import load_corpus
from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.places import region_uri, segment_uri
from macros.links import url_of
from tests.conftest import ROOT, mkdocs_build
from tests.site.html import page

REGIONS = 104
MAX_CLICKS = 3


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Corpus]:
    project = tmp_path_factory.mktemp("national")
    for name in ("content", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    generate(project / "data", REGIONS, ROOT / "data" / "schema", project / "content",
             segments_per_document=1, documents_per_region=1, sections_per_document=1)
    site = project / "site"
    result = mkdocs_build(site, project / "mkdocs.yml", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    corpus = load_corpus(project / "data", project / "content")
    assert len(corpus.regions) == REGIONS
    return site, corpus


def _article_links(site: Path, url: str) -> set[str]:
    """Pages linked from the main content of a page, as site paths (`a/b/`)."""
    article = page(site, url).select_one("article")
    assert article is not None, url
    found = set()
    for a in article.select("a[href]"):
        href = a["href"]
        if urlparse(href).scheme or href.startswith(("#", "mailto:")):
            continue
        target = urlparse(urljoin("/" + url, href)).path.lstrip("/")
        if target == "" or target.endswith("/"):
            found.add(target)
    return found


def test_every_segment_within_three_clicks_of_home(national: tuple[Path, Corpus]) -> None:
    site, corpus = national
    clicks = {"": 0}
    queue = deque([""])
    while queue:
        url = queue.popleft()
        if clicks[url] == MAX_CLICKS:
            continue
        for target in _article_links(site, url):
            if target not in clicks and (site / target / "index.html").is_file():
                clicks[target] = clicks[url] + 1
                queue.append(target)
    segments = {url_of(segment_uri(s.region, s.id)) for s in corpus.segments.values()}
    assert len(segments) == REGIONS
    assert segments - set(clicks) == set(), "segmenten verder dan drie klikken van Home"


def test_home_lists_every_region_once_in_alphabetical_groups_with_jump_links(national: tuple[Path, Corpus]) -> None:
    site, corpus = national
    home = page(site, "")
    article = home.select_one("article")
    links = [urlparse(a["href"]).path.strip("./") for a in article.select("li a[href]")]
    for region in corpus.regions:
        assert links.count(region) == 1, region
    groups = article.select("h3[id^=regios-]")
    assert math.isqrt(REGIONS) <= len(groups) <= math.isqrt(REGIONS) + 1
    jumps = [a["href"] for a in article.select('p a[href^="#regios-"]')]  # not the headings' own ¶ links
    assert jumps == [f"#{h['id']}" for h in groups]
    # Guide words in order: the groups follow the alphabet.
    names = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in groups]
    assert names == sorted(names, key=str.casefold)


def test_sidebar_of_a_segment_page_does_not_list_every_region(national: tuple[Path, Corpus]) -> None:
    site, corpus = national
    segment = next(iter(corpus.segments.values()))
    soup = page(site, url_of(segment_uri(segment.region, segment.id)))
    sidebar = soup.select_one("nav.md-nav--primary")
    assert sidebar is not None
    region_pages = {url_of(region_uri(r)) for r in corpus.regions}
    here = url_of(segment_uri(segment.region, segment.id))
    linked = {urlparse(urljoin("/" + here, a["href"])).path.lstrip("/") for a in sidebar.select("a[href]")}
    # Its own group of regions plus one entry per group: about 2 * sqrt(n), not n.
    assert len(linked & region_pages) <= 2 * math.isqrt(REGIONS) + 2
    assert url_of(region_uri(segment.region)) in linked
