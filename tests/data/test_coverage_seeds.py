"""The seeds stay fully covered, checked by the same generic code every region gets (`kaderwijzer dekking`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kaderwijzer.reading.coverage import corpus_coverage
from kaderwijzer.reading.loader import load_corpus
from tests.conftest import ROOT, SEEDS_DIR, schema_line

needs_seeds = pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="source documents (../shared/seeds) not present")


@needs_seeds
def test_every_numbered_heading_and_list_item_of_every_seed_is_covered(real_corpus) -> None:
    coverage = corpus_coverage(real_corpus, SEEDS_DIR)
    assert coverage.unavailable == []
    assert {c.local_copy for c in coverage.copies} == {p.name for p in SEEDS_DIR.glob("*.txt")}
    assert sum(len(c.outline.headings) for c in coverage.copies) >= 45  # the outline really is read
    gaps = {c.local_copy: ([h.label for h in c.missing_headings], [(i.heading.label, i.number) for i in c.missing_items])
            for c in coverage.copies if not c.complete}
    assert gaps == {}


@needs_seeds
def test_a_dropped_speerpunt_and_an_uncited_section_are_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    section = data / "sections" / "bno-o" / "bno-o-kracht-van-de-samenleving.yml"
    record = yaml.safe_load(section.read_text(encoding="utf-8"))
    assert [p["number"] for p in record["items"] if p["kind"] == "speerpunt"] == [1, 2, 3, 4, 5]
    record["items"].pop()
    section.write_text(schema_line("section") + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    partnership = data / "sections" / "midden-holland" / "mh-2-5-partnerschap.yml"
    text = partnership.read_text(encoding="utf-8")
    assert "section: 2.5 Partnerschap" in text
    partnership.write_text(text.replace("section: 2.5 Partnerschap", "section: Partnerschap"), encoding="utf-8")
    coverage = corpus_coverage(load_corpus(data, seeds_dir=SEEDS_DIR, texts=False))  # coverage alone, not validate's comparisons
    found = {c.local_copy: ([h.label for h in c.missing_headings], [(i.heading.number, i.number) for i in c.missing_items])
             for c in coverage.copies if not c.complete}
    assert found == {"002_81d1b75c1988cf0a.txt": (["2.5 Partnerschap in Midden-Holland"], []),
                     "004_bdbfd51293e80395.txt": ([], [("3.5", 5)])}
