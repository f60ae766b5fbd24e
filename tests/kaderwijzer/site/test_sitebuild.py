"""What a build knows from the data, the same for the MkDocs plugin and `kaderwijzer render`."""

from __future__ import annotations

import pytest

from kaderwijzer.cli.sitesteps import prepare, project_config
from kaderwijzer.site.sitebuild import expand_marker
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def site():
    build = prepare(ROOT, project_config(ROOT))
    yield build
    build.discard()


def test_markers_are_filled_in_at_any_depth() -> None:
    nav = [{"Home": "index.md"}, "@regions", {"Overzichten": [{"Bronnen": ["@sources"]}]}]
    assert expand_marker(expand_marker(nav, ["r/index.md"]), ["bronnen/index.md", "bronnen/a.md"], "@sources") == [
        {"Home": "index.md"}, "r/index.md", {"Overzichten": [{"Bronnen": ["bronnen/index.md", "bronnen/a.md"]}]}]


def test_a_generated_page_is_named_as_the_menu_names_it_else_by_its_escaped_title(site) -> None:
    assert site.page("bno-o/print.md").title == "Printversie"
    section = next(spec for spec in site.specs.values() if spec.macro == "section_page" and "'" in spec.title)
    page = site.page(section.src_uri)
    assert page.title == section.title.replace("'", "&#x27;") and page.url == section.src_uri[:-3] + "/"


def test_terms_are_linked_with_the_pages_region_except_on_the_glossary(site) -> None:
    html = "<p>De Wmo in deze regio.</p>"
    linked = site.page_content(html, "bno-o/index.md")
    assert 'class="kw-term" href="../begrippen/#wmo"' in linked
    assert site.page_content(html, "begrippen.md") == html
