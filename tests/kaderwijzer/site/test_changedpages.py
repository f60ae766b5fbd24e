"""When `mkdocs serve` may keep the pages a save did not touch (kaderwijzer/site/changedpages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import get_navigation

from kaderwijzer.site.changedpages import Frame, frame_change, retitle, retitled_pages
from kaderwijzer.site.sitebuild import SiteBuild

NAV = [{"Home": "index.md"}, "@regions"]


def _site(data: Path) -> SiteBuild:
    (data.parent / "content").mkdir(exist_ok=True)
    return SiteBuild.prepare(data.parent, data.name, data.parent / "content", site_url=None, nav=NAV)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "frame", "retitled"), [
    # A text only the segment's own pages show: what surrounds every page stays as it was.
    ("zo snel mogelijk", "snel", Frame.SAME, set()),
    # A renamed segment: only titles change, in the navigation and on its own page.
    ("name: Crisis", "name: Crisisdienst", Frame.TITLES, {"midden-holland/segmenten/crisis.md"}),
])
def test_a_segment_edit_keeps_the_frame_or_changes_only_titles(corpus_paths: dict[str, Path], old: str, new: str,
                                                               frame: Frame, retitled: set[str]) -> None:
    data = corpus_paths["crisis"].parents[2]
    before = _site(data)
    _edit(corpus_paths["crisis"], old, new)
    after = _site(data)
    assert frame_change(before, after) is frame
    assert retitled_pages(before, after) == retitled


def test_a_renamed_document_or_another_law_takes_a_full_build(corpus_paths: dict[str, Path]) -> None:
    data = corpus_paths["crisis"].parents[2]
    before = _site(data)
    # A document's title is a name the term links keep from page to page.
    _edit(corpus_paths["doc-mh"], "title: Kaderdocument Inkoop", "title: Kaderdocument Zorg")
    assert frame_change(before, _site(data)) is Frame.OTHER
    _edit(corpus_paths["doc-mh"], "title: Kaderdocument Zorg", "title: Kaderdocument Inkoop")
    # A segment's law is one of its page's tags, which the tag listing shows.
    _edit(corpus_paths["crisis"], "- jeugd", "- wmo")
    assert frame_change(before, _site(data)) is Frame.OTHER


def test_the_built_navigation_takes_new_titles_only_when_its_pages_stay_in_place(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "b").mkdir(parents=True)
    for name in ("a.md", "b/c.md"):
        (docs / name).write_text("# Kop\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"), docs_dir=str(docs),
                         nav=[{"A": "a.md"}, {"Groep": [{"C": "b/c.md"}]}])
    files = Files([File(name, str(docs), str(tmp_path / "site"), False) for name in ("a.md", "b/c.md")])
    nav = get_navigation(files, config)
    assert retitle(nav, [{"A2": "a.md"}, {"Groep 2": [{"C2": "b/c.md"}]}])
    assert [nav.items[0].title, nav.items[1].title, nav.items[1].children[0].title] == ["A2", "Groep 2", "C2"]
    # Moved pages: the built navigation no longer matches, so nothing is changed and a full build follows.
    assert not retitle(nav, [{"C3": "b/c.md"}, {"Groep 3": [{"A3": "a.md"}]}])
    assert [nav.items[0].title, nav.items[1].title] == ["A2", "Groep 2"]
