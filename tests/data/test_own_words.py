"""Prose is written in our own words: no field repeats a long run of words from a source document."""

from __future__ import annotations

import re
from typing import Any, Iterator

import pytest
import yaml

from kaderwijzer.reading.loader import data_files
from tests.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 12  # words in a row; shorter overlaps are names, titles and fixed terms
# Fields that quote the source on purpose: names, titles, citations, goal and indicator wording.
FACT_FIELDS = {"sources", "source", "name", "title", "label", "value", "term", "abbreviation", "indicators",
               "goals", "id", "services", "municipalities", "when", "reference"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _prose(value: Any, key: str | None = None) -> Iterator[tuple[str, str]]:
    if key in FACT_FIELDS:
        return
    if isinstance(value, str):
        yield key or "", value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _prose(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _prose(v, key)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="source documents (../shared/seeds) not present")
def test_no_prose_field_copies_a_passage_from_the_sources() -> None:
    runs: set[tuple[str, ...]] = set()
    for seed in SEEDS.glob("*.txt"):
        words = _words(seed.read_text(encoding="utf-8"))
        runs.update(tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    copied = []
    for _kind, _nested, path in data_files(ROOT / "data"):
        for key, text in _prose(yaml.safe_load(path.read_text(encoding="utf-8"))):
            words = _words(text)
            hit = next((words[i:i + RUN] for i in range(len(words) - RUN + 1) if tuple(words[i:i + RUN]) in runs), None)
            if hit:
                copied.append(f"{path.relative_to(ROOT)} `{key}`: {' '.join(hit)}")
    assert copied == [], "\n".join(copied)
