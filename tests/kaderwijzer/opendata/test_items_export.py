"""Goals stated outside segments are goals in the downloads too; every item keeps its kind in the document's words."""

from __future__ import annotations

import json
from pathlib import Path

from kaderwijzer.opendata.export import render_downloads
from kaderwijzer.reading.loader import load_corpus
from tests.kaderwijzer.opendata.test_export import SCHEMA_DIR, rows
from tests.kaderwijzer.reading.test_items import with_items


def test_goal_items_are_rows_of_doelen_csv_and_items_carry_their_category(corpus_dir: Path) -> None:
    with_items(corpus_dir)
    corpus = load_corpus(corpus_dir)
    files = render_downloads(corpus, SCHEMA_DIR)
    goals = rows(files["doelen.csv"])
    assert len(goals) == corpus.counts()["doelen"]
    outside = [g for g in goals if g["section"]]
    assert outside == [{"region": "midden-holland", "segment": "", "segment_name": "", "id": "doel-1", "domain": "",
                        "reference": "", "text": "Minder instroom.", "document": "mh-kader", "section": "mh-opgaven",
                        "kind": "transformatiedoel"}]
    data = json.loads(files["kaderwijzer.json"])
    section = next(s for s in data["sections"] if s["id"] == "mh-opgaven")
    assert [(i["kind"], i["category"], i["label"]) for i in section["items"]] == [
        ("veranderopgave", "opgave", "veranderopgave"), ("transformatiedoel", "doel", "transformatiedoel")]
    # Every item cites its source: its own, or its section's.
    assert [i["sources"][0]["source"] for i in section["items"]] == ["mh-kader-bron", "nl-segmenten-bron"]
    package = json.loads(files["datapackage.json"])
    resource = next(r for r in package["resources"] if r["path"] == "doelen.csv")
    assert [f["name"] for f in resource["schema"]["fields"]] == list(goals[0])
