"""The page context `kaderwijzer render` gives the macros: the address, file and title MkDocs 1.6 would give the page."""

from __future__ import annotations

from kaderwijzer.site.pagecontext import PageContext, dest_path, nav_titles, page_url, split_front_matter, written_title


def test_addresses_follow_directory_urls() -> None:
    assert [page_url(s) for s in ("index.md", "begrippen.md", "bno-o/index.md", "bno-o/inkoop.md")] == \
        ["", "begrippen/", "bno-o/", "bno-o/inkoop/"]
    assert dest_path("index.md") == "index.html" and dest_path("bno-o/inkoop.md") == "bno-o/inkoop/index.html"
    page = PageContext.of("bno-o/print.md", "Printversie")
    assert (page.file.src_uri, page.url, page.title, page.file.src_dir) == ("bno-o/print.md", "bno-o/print/", "Printversie", None)


def test_navigation_titles_at_any_depth_and_plain_entries_without_one() -> None:
    nav = [{"Home": "index.md"}, "bronnen/index.md",
           {"Regio": ["r/index.md", {"Inkoop": "r/inkoop.md"}, {"Document": ["r/d.md", {"Printversie": "r/print.md"}]}]}]
    assert nav_titles(nav) == {"index.md": "Home", "r/inkoop.md": "Inkoop", "r/print.md": "Printversie"}


def test_written_titles_in_the_order_mkdocs_uses() -> None:
    # Navigation title, then front matter, then a first-line heading, then the file name.
    assert written_title("a.md", {"title": "Uit de kop"}, "# Kop\n", "Uit het menu") == "Uit het menu"
    assert written_title("a.md", {"title": "Uit de kop"}, "# Kop\n", None) == "Uit de kop"
    assert written_title("a.md", {}, "\n# Kop\n\nTekst", None) == "Kop"
    assert written_title("mijn-pagina.md", {}, "Tekst\n\n# Later\n", None) == "Mijn pagina"
    assert written_title("index.md", {}, "Tekst", None) == "Home"
    assert written_title("bronnen/index.md", {}, "Tekst", None) == "Bronnen"


def test_front_matter_is_split_off_with_its_fences() -> None:
    assert split_front_matter("---\ntitle: X\n---\n# Kop\n") == ("---\ntitle: X\n---\n", "# Kop\n")
    assert split_front_matter("# Kop\n---\n") == ("", "# Kop\n---\n")
