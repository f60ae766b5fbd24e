"""The downloads describe themselves: a Frictionless Data Package and a DCAT-AP-NL record."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from frictionless import validate

from kaderwijzer import load_corpus
from kaderwijzer.opendata.export import write_downloads
from kaderwijzer.opendata.records import ExportSegment

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "data" / "schema"


@pytest.fixture
def downloads(corpus_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "downloads"
    write_downloads(load_corpus(corpus_dir), out, SCHEMA_DIR)
    return out


def test_package_is_valid_frictionless_and_covers_every_csv(downloads: Path) -> None:
    report = validate(str(downloads / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    package = json.loads((downloads / "datapackage.json").read_text(encoding="utf-8"))
    paths = {r["path"] for r in package["resources"]}
    assert {p.name for p in downloads.glob("*.csv")} | {"kaderwijzer.json"} <= paths
    assert package["licenses"][0]["name"] == "CC-BY-4.0"


def test_every_column_has_a_dutch_description_from_the_models(downloads: Path) -> None:
    package = json.loads((downloads / "datapackage.json").read_text(encoding="utf-8"))
    segments = next(r for r in package["resources"] if r["path"] == "segmenten.csv")
    fields = {f["name"]: f for f in segments["schema"]["fields"]}
    assert all(f["description"] for r in package["resources"] if "schema" in r for f in r["schema"]["fields"])
    assert fields["ambition"]["description"] == ExportSegment.model_fields["ambition"].description
    assert fields["goals"]["type"] == "integer"


def test_package_sources_are_the_registry(downloads: Path) -> None:
    package = json.loads((downloads / "datapackage.json").read_text(encoding="utf-8"))
    titles = [s["title"] for s in package["sources"]]
    assert "Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland)" in titles
    assert {"title": "Bijlage 2: Overzicht segmenten en doelen", "path": "https://www.example.org/bijlage-2.pdf"} in package["sources"]


def test_a_broken_csv_fails_validation(downloads: Path) -> None:
    path = downloads / "segmenten.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    cells = lines[1].split(";")
    cells[14] = "veel"  # the `goals` column holds a count
    path.write_text("\n".join([lines[0], ";".join(cells), *lines[2:]]) + "\n", encoding="utf-8-sig")
    assert not validate(str(downloads / "datapackage.json")).valid


def test_json_export_validates_against_its_schema(downloads: Path) -> None:
    schema = json.loads((downloads / "kaderwijzer.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads((downloads / "kaderwijzer.json").read_text(encoding="utf-8")))


def test_dcat_record_lists_the_distributions(downloads: Path) -> None:
    record = json.loads((downloads / "dcat.jsonld").read_text(encoding="utf-8"))
    assert record["@type"] == "dcat:Dataset"
    urls = {d["dcat:downloadURL"]["@id"] for d in record["dcat:distribution"]}
    assert {"http://127.0.0.1:8000/downloads/kaderwijzer.json", "http://127.0.0.1:8000/downloads/segmenten.csv",
            "http://127.0.0.1:8000/downloads/datapackage.json"} <= urls
    assert record["dct:license"]["@id"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland)" in record["dct:source"]
