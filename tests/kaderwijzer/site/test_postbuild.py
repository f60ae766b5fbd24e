"""Finishing a site built from rendered pages: the marked content, the footer labels, refusing other sites."""

from __future__ import annotations

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files

from kaderwijzer.site.postbuild import NotFromRender, build_order, finish_content, unescape_footer_titles
from kaderwijzer.site.render import CONTENT_END, CONTENT_START
from tests.conftest import ROOT


class _Site:
    def page_content(self, content: str, src_uri: str) -> str:
        return content.replace("Wmo", f'<a class="kw-term">Wmo</a>') + f"<!-- {src_uri} -->"


def test_only_the_marked_content_is_finished_and_the_markers_go() -> None:
    page = f"<nav>Wmo</nav><article>{CONTENT_START}\n<p>De Wmo</p>\n{CONTENT_END}</article>"
    assert finish_content(page, _Site(), "a.md") == '<nav>Wmo</nav><article><p>De <a class="kw-term">Wmo</a></p><!-- a.md --></article>'


def test_a_page_without_markers_is_refused_in_dutch() -> None:
    with pytest.raises(NotFromRender, match="kaderwijzer render"):
        finish_content("<article><p>Al klaar</p></article>", _Site(), "a.md")


def test_footer_labels_lose_the_second_escaping_only_for_front_matter_titles() -> None:
    link = '<a href="{}" class="md-footer__link md-footer__link--prev" aria-label="Vorige: Risico&amp;#x27;s">'
    assert unescape_footer_titles(link.format("../b/"), "r/a.md", {"r/b/"}) == link.format("../b/").replace("&amp;#x27;", "&#x27;")
    # A navigation title is plain text: the theme's escaping is the only one.
    assert unescape_footer_titles(link.format("../c/"), "r/a.md", {"r/b/"}) == link.format("../c/")


def test_build_order_is_the_order_mkdocs_builds_the_hand_written_pages_in() -> None:
    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": str(ROOT / "content")})
    assert not config.validate()[0]
    pages = [f.src_uri for f in get_files(config) if f.src_uri.endswith(".md")]
    assert build_order(sorted(pages), ["z/generated.md"]) == [*pages, "z/generated.md"]
