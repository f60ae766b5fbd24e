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


def _page(h1: str, skip: str = "") -> str:
    return (f'<body><div data-md-component="skip">{skip}</div><header></header>'
            f'<article class="md-content__inner md-typeset">{h1}<h2 id="inhoud">Inhoud</h2></article></body>')


def test_skip_link_points_at_the_theme_h1_which_gets_an_id() -> None:
    from kaderwijzer.site.themefix import fix_page
    fixed = fix_page(_page("<h1>Regio</h1>", '<a href="#inhoud" class="md-skip">Ga naar inhoud</a>'))
    assert '<h1 id="paginatitel">Regio</h1>' in fixed
    assert '<a href="#paginatitel" class="md-skip">' in fixed and 'href="#inhoud"' not in fixed


def test_skip_link_is_added_where_the_theme_wrote_none_and_keeps_an_existing_h1_id() -> None:
    from kaderwijzer.site.themefix import fix_page
    fixed = fix_page(_page('<h1 id="pagina-niet-gevonden">Pagina niet gevonden</h1>'))
    assert '<nav class="kw-skip" aria-label="Snelkoppeling"><a href="#pagina-niet-gevonden" class="md-skip">' in fixed
    assert fixed.index("md-skip") < fixed.index("<header")
