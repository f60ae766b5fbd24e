"""Claims the site makes must be claims the source makes: no buying place the source contradicts, no
hedges the source does not use, and no plan of 2020 written as a fact of today."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import ROOT
from tests.data.test_own_words import _prose

SEEDS = ROOT.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="source documents (../shared/seeds) not present")


def _seed(name: str) -> str:
    return re.sub(r"\s+", " ", (SEEDS / name).read_text(encoding="utf-8"))


def test_nothing_is_said_to_be_bought_supraregionally_that_the_source_lists_as_bought_regionally(real_corpus) -> None:
    text = _seed("002_81d1b75c1988cf0a.txt")
    table = text[text.index("Zorg en ondersteuning regionaal ingekocht"):text.index("Toelichting op de segmenten")]
    regional = [seg for seg in real_corpus.segments_in("midden-holland") if seg.name.casefold() in table.casefold()]
    assert {s.id for s in regional} >= {"jeugdbescherming", "jeugdreclassering"}
    for seg in regional:
        assert "bovenregionaal ingekocht" not in (seg.procurement or ""), seg.id
    for seg in real_corpus.segments_in("midden-holland"):
        assert not re.search(r"wordt bovenregionaal ingekocht", seg.procurement or ""), seg.id


def _local_copies() -> dict[str, str]:
    """Source id -> file name of its local copy, from the source registry."""
    copies = {}
    for path in (ROOT / "data" / "sources").glob("*.yml"):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record.get("local_copy"):
            copies[record["id"]] = record["local_copy"]
    return copies


def _cited_seeds(record: object, copies: dict[str, str]) -> set[str]:
    """Seed files a record cites, directly or through the source registry."""
    text = str(record)
    found = set(re.findall(r"\d{3}_[0-9a-f]{16}\.txt", text))
    found |= {copy for source, copy in copies.items() if f"'source': '{source}'" in text}
    return found


def test_hedges_like_nog_in_brackets_come_from_the_source() -> None:
    """'(nog)' says something will change: only where the source itself says so."""
    seeds_with_hedge = {p.name for p in SEEDS.glob("*.txt") if "(nog)" in p.read_text(encoding="utf-8")}
    copies = _local_copies()
    problems = []
    for path in sorted((ROOT / "data").rglob("*.yml")):
        if "schema" in path.parts:
            continue
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if any("(nog)" in text for _, text in _prose(record)):
            if not _cited_seeds(record, copies) & seeds_with_hedge:
                problems.append(str(path.relative_to(ROOT)))
    assert problems == []


def test_development_potential_of_noord_limburg_is_not_written_as_contract_fact(real_corpus) -> None:
    """The source lists 'ruimte in de contractering' as development potential: an aim, not a contract term."""
    memo = _seed("001_114431c70bdb9c48.txt")
    assert "ruimte in de contractering voor actieve" in memo
    for seg in real_corpus.segments_in("noord-limburg"):
        for text in (seg.procurement or "", *(i.text for g in seg.development_potential for i in g.items)):
            assert not re.search(r"\bIn de (contracten|contractering) (is|komt) ruimte\b", text), (seg.id, text)
