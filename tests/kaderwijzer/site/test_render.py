"""Rendering without MkDocs: one page by its spec, cheaply, exactly as the full render writes it."""

from __future__ import annotations

import pytest

from kaderwijzer.cli.sitesteps import prepare, project_config, project_macros
from kaderwijzer.site.render import CONTENT_END, CONTENT_START, builder_config, render_generated, render_pages
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def site_and_macros():
    site = prepare(ROOT, project_config(ROOT))
    yield site, project_macros(ROOT).SiteMacros(site, site.site_url)
    site.discard()


def test_one_page_renders_alone_as_in_the_full_render(site_and_macros) -> None:
    site, macros = site_and_macros
    spec = site.specs["bno-o/print.md"]
    alone = render_generated(site, macros, spec)
    assert dict(render_pages(site, macros, ROOT / "content"))["bno-o/print.md"] == alone
    head, body = alone.split("\n---\n", 1)
    assert '"kw_print": ' not in head and 'kw_print: "true"' in head and "kw_search_body" not in head  # not in search
    assert body.strip().startswith(CONTENT_START) and body.strip().endswith(CONTENT_END)
    # The footer cites the page by its navigation title, as under MkDocs.
    assert "‘Printversie’" in body and "{{" not in body


def test_builder_config_keeps_the_theme_and_drops_our_plugins(site_and_macros) -> None:
    site, _ = site_and_macros
    config = builder_config(project_config(ROOT), site, ROOT)
    assert config["docs_dir"] == "docs" and config["theme"]["custom_dir"] == str(ROOT / "overrides")
    assert [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]] == ["tags", "redirects"]
    assert config["markdown_extensions"] and config["extra"]["kaderwijzer_preview"] == site.preview_banner
