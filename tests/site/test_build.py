"""The real data builds into a site where every segment shows its full content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.model.places import segment_uri
from macros.links import url_of
from tests.conftest import ROOT, mkdocs_build
from tests.site.html import main_text, page, plain


def test_every_segment_page_shows_ambition_goals_and_indicators(built_site: Path, real_corpus) -> None:
    assert real_corpus.segments, "geen segmenten in data/"
    for seg in real_corpus.segments.values():
        soup = page(built_site, url_of(segment_uri(seg.region, seg.id)))
        text = main_text(soup)
        assert seg.name in text
        if seg.ambition:
            assert plain(seg.ambition)[:120] in text, seg.id
        for goal in seg.goals:
            assert plain(goal.text)[:80] in text, (seg.id, goal.id)
        rows = soup.select("table.kw-indicators tbody tr")
        assert len(rows) == len(seg.indicators), seg.id
        for row, ind in zip(rows, seg.indicators):
            cells = [re.sub(r"\s+", " ", td.get_text(" ")).strip() for td in row.find_all("td")]
            assert plain(ind.name)[:60] in cells[0], (seg.id, ind.id)
            # The word carries the meaning; the arrow is hidden from screen readers.
            assert cells[1].endswith(ind.direction.value)
            assert row.select_one(".kw-dir span[aria-hidden=true]") is not None


def test_segment_pages_have_stable_urls_and_nav_grouping(built_site: Path, real_corpus) -> None:
    for seg in real_corpus.segments.values():
        assert (built_site / seg.region / "segmenten" / seg.id / "index.html").is_file()
    soup = page(built_site, "midden-holland/segmenten/crisis")
    crumbs = [a.get_text(strip=True) for a in soup.select(".md-path a")]
    assert crumbs[:1] == ["Home"] or "Midden-Holland" in " ".join(crumbs)


def test_related_segments_link_both_ways(built_site: Path, real_corpus) -> None:
    for seg in real_corpus.segments.values():
        soup = page(built_site, url_of(segment_uri(seg.region, seg.id)))
        links = {a.get_text(strip=True) for a in soup.select("article a")}
        for other in real_corpus.related_of(seg.id):
            label = f"{other.code} {other.name}" if other.code else other.name
            assert label in links, (seg.id, other.id)


def test_invalid_data_fails_build_and_leaves_site_untouched(tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "project"
    for name in ("content", "macros", "overrides", "data"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("gepubliceerd", encoding="utf-8")
    crisis = project / "data/segments/midden-holland/crisis.yml"
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("\nambition:", "\nambtion:"), encoding="utf-8")
    result = mkdocs_build(site, config=project / "mkdocs.yml", cwd=project)
    assert result.returncode != 0
    assert "onbekend veld `ambtion` (bedoelde u `ambition`?)" in result.stderr
    assert re.search(r"data/segments/midden-holland/crisis\.yml:\d+:\d+: ", result.stderr)
    assert "Traceback" not in result.stderr
    assert "Aborted" not in result.stdout + result.stderr and "Gestopt:" in result.stdout + result.stderr
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "gepubliceerd"
