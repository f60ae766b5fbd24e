"""Page titles with quotes reach screen readers as text, escaped exactly once."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def test_footer_link_names_match_their_visible_titles(built_site: Path) -> None:
    checked = 0
    for html in built_site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for link in soup.select("a.md-footer__link"):
            name = link["aria-label"]
            title = link.select_one(".md-ellipsis").get_text(strip=True)
            assert "&#" not in name and "&amp;" not in name, f"{html}: {name}"
            assert name.endswith(title), f"{html}: naam {name!r} hoort te eindigen op de zichtbare titel {title!r}"
            checked += "'" in title
    assert checked > 0  # the site has titles with an apostrophe ("Hoofdthema's"), so this could fail


def test_browser_tab_titles_name_the_page_then_the_site_once(built_site: Path) -> None:
    def tab(path: str) -> str:
        return BeautifulSoup((built_site / path).read_text(encoding="utf-8"), "html.parser").title.get_text()

    assert tab("index.html") == "Kaderwijzer"  # not "Kaderwijzer - Kaderwijzer"
    assert tab("segmenten/index.html") == "Alle segmenten - Kaderwijzer"
