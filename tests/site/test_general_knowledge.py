"""Definitions from general knowledge say so in plain text, cite no source, and are named as such in tooltips."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import Tag

from kaderwijzer.site.termlinks import _plain
from kaderwijzer.reading.checks.generic import abbreviations
from tests.conftest import ROOT, SEEDS_DIR
from tests.data.checking import findings
from tests.site.html import page, plain

LABEL = "Algemene kennis, niet uit een brondocument"


def _definition_blocks(soup, term_id: str) -> list[Tag]:
    """One element per definition of a glossary entry: its card, or its paragraph when there is one definition."""
    heading = soup.find(id=term_id)
    assert heading is not None, term_id
    blocks: list[Tag] = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        if "kw-defs" in (sibling.get("class") or []):
            return sibling.select("div.kw-def")
        if sibling.name == "p" and sibling.find("small"):
            blocks.append(sibling)
    return blocks


def _block_of(blocks: list[Tag], text: str) -> Tag:
    wanted = plain(text)[:60]
    found = [b for b in blocks if wanted in re.sub(r"\s+", " ", b.get_text(""))]
    assert len(found) == 1, wanted
    return found[0]


def test_glossary_marks_every_general_knowledge_definition_and_links_no_source(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "begrippen/")
    general = 0
    for term in real_corpus.terms.values():
        blocks = _definition_blocks(soup, term.id)
        assert len(blocks) == len(term.definitions), term.id
        for d in term.definitions:
            block = _block_of(blocks, d.text)
            links_to_sources = block.select("a[href*='bronnen/']")
            if d.general_knowledge:
                general += 1
                assert LABEL in block.get_text(" "), term.id
                assert links_to_sources == [], term.id
            else:
                assert LABEL not in block.get_text(" "), term.id
                assert len(links_to_sources) == len(d.sources), term.id
    assert general >= 10


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="source documents (../shared/seeds) not present")
def test_abbreviations_no_source_writes_out_are_explained_as_general_knowledge(built_site: Path, real_corpus) -> None:
    """The rule itself is a check of `validate` (`checks.generic.abbreviations`); here: the glossary shows it."""
    assert findings(ROOT / "data", abbreviations) == []
    soup = page(built_site, "begrippen/")
    for term_id in ("cao", "ggd", "wvggz", "bgg"):
        general = [d for d in real_corpus.terms[term_id].definitions if d.general_knowledge]
        assert general and LABEL in _block_of(_definition_blocks(soup, term_id), general[0].text).get_text(" ")


def test_every_tooltip_showing_general_knowledge_names_it(built_site: Path, real_corpus) -> None:
    checked = 0
    for html_file in sorted(built_site.rglob("index.html")):
        soup = page(built_site, html_file.relative_to(built_site).as_posix())
        for link in soup.select("a.kw-term"):
            term = real_corpus.terms[link["href"].rsplit("#", 1)[1]]
            title = link.get("title", "")
            for d in term.definitions:
                if d.general_knowledge and _plain(d.text)[:40] in title:
                    checked += 1
                    assert title.startswith(f"{LABEL}: {_plain(d.text)[:40]}"), (html_file, term.id, title)
    assert checked > 20
