"""The theme-fix plugin: publish builds get the page-weight steps, `mkdocs serve` only the repairs."""

from __future__ import annotations

from kaderwijzer.site.themefix import ThemeFixPlugin

PAGE = "<html>\n  <body>\n    <p>Tekst</p>\n  </body>\n</html>\n"


def _finished(command: str) -> str:
    plugin = ThemeFixPlugin()
    plugin.on_startup(command=command, dirty=False)
    plugin.on_pre_build(config=None)
    return plugin.on_post_page(PAGE, page=None, config=None)


def test_a_build_collapses_indentation() -> None:
    assert _finished("build") == "<html>\n<body>\n<p>Tekst</p>\n</body>\n</html>\n"


def test_serve_leaves_the_page_as_the_theme_wrote_it() -> None:
    assert _finished("serve") == PAGE
