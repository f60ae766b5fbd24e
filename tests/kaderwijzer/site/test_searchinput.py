"""Pagefind reads only the indexed part of each page, with the page's language; other pages stay out."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer.site.searchinput import SearchInput, search_part

PAGE = ('<!doctype html><html lang="nl" class="no-js"><head><title>T</title></head><body>'
        '<nav class="md-nav">Regio\'s Alle segmenten</nav><article class="md-content__inner">'
        '<div class="kw-search-body" data-pagefind-body data-pagefind-filter="regio[data-kw-regio]" data-kw-regio="R">'
        '<h1>Logeren</h1><p>Tekst</p></div></article><footer>Voettekst</footer></body></html>')


def test_copy_holds_the_search_body_and_language_but_not_the_theme_around_it() -> None:
    part = search_part(PAGE)
    assert part is not None
    assert part.startswith('<!doctype html><html lang="nl">')
    assert '<div class="kw-search-body" data-pagefind-body data-pagefind-filter="regio[data-kw-regio]"' in part
    assert "<h1>Logeren</h1><p>Tekst</p></div>" in part
    assert "md-nav" not in part and "Voettekst" not in part


def test_pages_without_search_body_are_not_copied(tmp_path: Path) -> None:
    assert search_part("<html lang='nl'><body><p>Print</p></body></html>") is None
    folder = SearchInput()
    try:
        folder.add("a/print/index.html", "<html><body>x</body></html>")
        folder.add("a/b/index.html", PAGE)
        assert [p.relative_to(folder.folder).as_posix() for p in folder.folder.rglob("*.html")] == ["a/b/index.html"]
    finally:
        folder.discard()
    assert not folder.folder.exists()
