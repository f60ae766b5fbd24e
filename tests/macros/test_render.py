"""Rendering escapes editor text and links pages relative to each other."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from kaderwijzer import load_corpus
from macros.links import Links, url_of
from macros.render import Renderer


def _page(src: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src))


def test_url_of_directory_urls() -> None:
    assert url_of("index.md") == ""
    assert url_of("midden-holland/index.md") == "midden-holland/"
    assert url_of("midden-holland/segmenten/crisis.md") == "midden-holland/segmenten/crisis/"


def test_relative_links_between_pages() -> None:
    links = Links(lambda: _page("midden-holland/segmenten/crisis.md"))
    assert links.md("midden-holland/index.md") == "../index.md"
    assert links.url("midden-holland/index.md") == "../../"
    assert links.url("begrippen.md", "wmo") == "../../../begrippen/#wmo"
    assert Links(lambda: _page("index.md")).url("begrippen.md") == "begrippen/"


def test_segment_page_lists_goals_and_indicators_with_direction_word(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    out = Renderer(corpus, lambda: _page("midden-holland/segmenten/crisis.md")).segment_page("crisis")
    assert "Jeugdigen krijgen zo snel mogelijk crisishulp." in out
    assert "1. Hulp start binnen 24 uur." in out and "2. Er zijn genoeg crisisplekken." in out
    assert '<span aria-hidden="true">↓</span> afname' in out
    assert "[4.8 Hulp bij het huishouden](hulp-bij-het-huishouden.md)" in out


def test_markdown_in_cells_is_escaped(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/hulp-bij-het-huishouden.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Wachttijd", "name: Wachttijd & duur **kort**"), encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    out = Renderer(corpus, lambda: _page("indicatoren.md")).indicator_table()
    assert "Wachttijd &amp; duur <strong>kort</strong>" in out
    assert out.count("<tr data-domains") == 3


def test_term_macro_links_to_glossary_anchor_with_definition(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    out = Renderer(corpus, lambda: _page("midden-holland/index.md")).term("wmo")
    assert out.strip() == '<a class="kw-term" href="../begrippen/#wmo" title="Wet over ondersteuning thuis.">Wmo</a>'


def test_segment_card_and_table(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    renderer = Renderer(corpus, lambda: _page("index.md"))
    card = renderer.segment_card("crisis")
    assert 'href="midden-holland/segmenten/crisis/"' in card and "zo snel mogelijk crisishulp" in card
    table = renderer.segment_table(region="midden-holland", domain="wmo")
    assert "<caption>Segmenten in Midden-Holland voor Wmo</caption>" in table
    assert "Hulp bij het huishouden" in table and "Crisis</a>" not in table
