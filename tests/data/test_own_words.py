"""Prose is written in our own words: no field repeats a long run of words from a source document.

The rule is `kaderwijzer.reading.checks.generic.own_words`, run by `kaderwijzer validate`; web addresses,
ids and titles quoted as titles are not prose and do not count.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kaderwijzer.reading.checks import generic
from kaderwijzer.reading.checks.prose import own_parts
from tests.conftest import ROOT, SEEDS_DIR
from tests.data.checking import HAS_SEEDS, change, copy_of_data, findings, problems

pytestmark = pytest.mark.skipif(not HAS_SEEDS, reason="source documents (../shared/seeds) not present")
# Twelve words in a row from the Midden-Holland framework, as an editor might paste them.
PASTED = ("Regio Midden-Holland bestaat uit de vijf gemeenten Bodegraven-Reeuwijk, Gouda, Krimpenerwaard, "
          "Waddinxveen en Zuidplas. De omvang van de regio is overzichtelijk")
URL = "https://www.example.org/regio/documenten/kaderdocument/inkoop/wmo/en/jeugd/2025/versie/1/definitief.pdf"


def test_no_prose_field_copies_a_passage_from_the_sources() -> None:
    assert findings(ROOT / "data", generic.own_words) == []


def test_a_pasted_passage_is_refused_at_its_field(tmp_path: Path) -> None:
    data = copy_of_data(tmp_path)
    line = change(data, "segments/midden-holland/begeleiding.yml", "  Jeugdigen en volwassenen krijgen", f"  {PASTED}. Jeugdigen en volwassenen krijgen") - 1
    found = [p for p in problems(data, tmp_path) if "letterlijk over" in p]
    assert len(found) == 1 and found[0].startswith(f"data/segments/midden-holland/begeleiding.yml:{line}:"), found
    assert "`ambition` neemt een passage letterlijk over uit een bron" in found[0]


def test_a_title_quoted_as_a_title_is_not_a_pasted_passage(tmp_path: Path) -> None:
    data = copy_of_data(tmp_path)
    change(data, "segments/midden-holland/begeleiding.yml", "ambition: >-\n", f"ambition: >-\n  De bron zegt: \"{PASTED}\".\n")
    assert [p for p in problems(data, tmp_path) if "letterlijk over" in p] == []


def test_a_url_the_source_also_gives_is_not_a_pasted_passage(tmp_path: Path) -> None:
    """An `availability` that names the original's address is a fact, not copied prose."""
    data = copy_of_data(tmp_path)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    with (seeds / "002_81d1b75c1988cf0a.txt").open("a", encoding="utf-8") as out:
        out.write(f"\nHet document staat op {URL}\n")
    change(data, "sources/mh-kaderdocument-inkoop-2025.yml", "availability: >-\n",
           f"availability: >-\n  Het origineel staat op {URL}.\n")
    assert [p for p in problems(data, tmp_path, seeds) if "letterlijk over" in p] == []


def test_addresses_ids_and_quoted_titles_are_not_own_words() -> None:
    text = f"Zie {URL}, de id `mh-kaderdocument-inkoop-2025`, het plan “Samen sterk in de wijk” en *Koers 2025*."
    kept = " ".join(" ".join(own_parts(text)).split())
    assert kept == "Zie , de id , het plan en ."
