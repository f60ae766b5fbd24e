"""Pagefind fed page by page through its Python API (kaderwijzer/site/liveindex.py)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from kaderwijzer.site.liveindex import LiveIndex
from kaderwijzer.site.search import EXCLUDE_SELECTORS

PAGE = ('<!doctype html><html lang="nl"><head><title>x</title></head><body><nav>Menu</nav><article>'
        '<div data-pagefind-body><h1 id="titel">{title}</h1><p>{text}</p></div></article></body></html>')


def test_pages_given_one_by_one_make_a_bundle_and_pages_without_a_search_body_stay_out(tmp_path: Path) -> None:
    index = LiveIndex(EXCLUDE_SELECTORS)
    index.add("a/index.html", PAGE.format(title="Logeren", text="Een logeerhuis voor jeugdigen."))
    index.add("b/index.html", PAGE.format(title="Crisis", text="Hulp binnen 24 uur."))
    index.add("print/index.html", "<html><body><p>Printversie zonder zoekgedeelte</p></body></html>")
    index.write(tmp_path / "pagefind")
    assert index.pages == 2
    bundle = tmp_path / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert len(list((bundle / "fragment").glob("*.pf_fragment"))) == 2


def test_a_pagefind_that_stops_is_an_error_not_a_hanging_build(tmp_path: Path) -> None:
    index = LiveIndex(EXCLUDE_SELECTORS)
    index.add("a/index.html", PAGE.format(title="Logeren", text="Een logeerhuis."))
    os.kill(index.index._service._backend.pid, signal.SIGKILL)
    for i in range(100):
        index.add(f"p{i}/index.html", PAGE.format(title=f"Pagina {i}", text="Tekst."))
    with pytest.raises(RuntimeError, match="Pagefind stopte"):
        index.write(tmp_path / "pagefind")
