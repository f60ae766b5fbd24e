"""Glossary terms: first use linked with its definition, never inside links, headings or hidden parts."""

from __future__ import annotations

from pathlib import Path

from kaderwijzer import load_corpus
from kaderwijzer.termlinks import TermLinker


def test_first_use_only_and_not_in_headings_links_or_hidden(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    html = ('<h2>Wmo</h2><p>De Wmo regelt veel. De Wmo nogmaals.</p><a href="x">Wmo</a>'
            '<ol aria-hidden="true"><li><span>Wmo</span></li></ol>')
    out = linker.link(html, "../begrippen/")
    assert out.count('class="kw-term"') == 1
    assert '<h2>Wmo</h2>' in out
    assert '<p>De <a class="kw-term" href="../begrippen/#wmo" title="Wet over ondersteuning thuis.">Wmo</a> regelt' in out
    assert '<span>Wmo</span>' in out


def test_abbreviation_matches_only_in_its_own_case(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    assert "kw-term" not in linker.link("<p>wmo-gelden en WMO</p>", "/b/")
    assert "kw-term" in linker.link("<p>Wet maatschappelijke ondersteuning</p>", "/b/")


def test_no_links_inside_form_controls(corpus_dir: Path) -> None:
    linker = TermLinker(load_corpus(corpus_dir))
    out = linker.link('<select><option value="wmo">Wmo</option></select><p>Wmo</p>', "/b/")
    assert '<option value="wmo">Wmo</option>' in out and out.count("kw-term") == 1
