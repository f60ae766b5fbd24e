"""Open-data downloads: the JSON matches its shipped schema and the data; CSV opens in Dutch Excel."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from kaderwijzer.opendata.export import render_downloads
from kaderwijzer.reading.loader import load_corpus
from tests.conftest import ROOT, run_cli

SCHEMA_DIR = ROOT / "data" / "schema"


@pytest.fixture
def downloads(corpus_dir: Path) -> dict[str, bytes]:
    return render_downloads(load_corpus(corpus_dir), SCHEMA_DIR)


def rows(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(b"\xef\xbb\xbf"), "CSV moet met een BOM beginnen, anders toont Excel ë en é verkeerd"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_json_validates_against_the_shipped_schema(downloads: dict[str, bytes]) -> None:
    data = json.loads(downloads["kaderwijzer.json"])
    schema = json.loads(downloads["kaderwijzer.schema.json"])
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)


def test_schema_rejects_unknown_fields(downloads: dict[str, bytes]) -> None:
    data = json.loads(downloads["kaderwijzer.json"])
    data["segments"][0]["ambtion"] = "typo"
    schema = json.loads(downloads["kaderwijzer.schema.json"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_json_holds_every_object_with_links_both_ways(downloads: dict[str, bytes]) -> None:
    data = json.loads(downloads["kaderwijzer.json"])
    segments = {s["id"]: s for s in data["segments"]}
    assert set(segments) == {"crisis", "hulp-bij-het-huishouden", "wmo-3b-logeren"}
    assert segments["crisis"]["related"] == ["hulp-bij-het-huishouden"]
    assert segments["hulp-bij-het-huishouden"]["related_from"] == ["crisis"]
    assert segments["crisis"]["page"] == "midden-holland/segmenten/crisis/"
    assert segments["crisis"]["file"] == "segments/midden-holland/crisis.yml"
    assert segments["crisis"]["sources"] == [{"source": "mh-kader-bron", "section": "Bijlage 4, 4.2 Crisis", "page": None, "note": None}]
    sources = {s["id"]: s for s in data["sources"]}
    assert sources["mh-kader-bron"]["publishers"] == ["Regio Midden-Holland"]
    assert sources["mh-kader-bron"]["page"] == "bronnen/mh-kader-bron/"
    regions = {r["id"]: r for r in data["regions"]}
    assert regions["midden-holland"]["documents"] == ["mh-kader"]
    assert set(regions["midden-holland"]["segments"]) == {"crisis", "hulp-bij-het-huishouden"}
    documents = {d["id"]: d for d in data["documents"]}
    assert set(documents["mh-kader"]["segments"]) == {"crisis", "hulp-bij-het-huishouden"}
    assert [t["id"] for t in data["terms"]] == ["wmo"]
    assert data["terms"][0]["page"] == "begrippen/#wmo"


def test_csv_row_counts_match_the_data(downloads: dict[str, bytes]) -> None:
    segments = rows(downloads["segmenten.csv"])
    assert [r["id"] for r in segments] == ["crisis", "hulp-bij-het-huishouden", "wmo-3b-logeren"]
    assert len(rows(downloads["doelen.csv"])) == 3
    assert len(rows(downloads["indicatoren.csv"])) == 3
    assert len(rows(downloads["begrippen.csv"])) == 1
    goals = rows(downloads["doelen.csv"])
    assert {"region", "segment", "id", "text"} <= set(goals[0])
    assert "Efficiënte en flexibele hulp." in [g["text"] for g in goals]
    crisis = segments[0]
    assert crisis["goals"] == "2" and crisis["indicators"] == "1"
    assert crisis["related"] == "hulp-bij-het-huishouden"


def test_csv_text_that_looks_like_a_formula_stays_text(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Hulp start binnen 24 uur.", "=1+1 is geen formule"), encoding="utf-8")
    files = render_downloads(load_corpus(corpus_dir), SCHEMA_DIR)
    texts = [g["text"] for g in rows(files["doelen.csv"])]
    assert "'=1+1 is geen formule" in texts
    goals = json.loads(files["kaderwijzer.json"])["segments"][0]["goals"]
    assert goals[0]["text"] == "=1+1 is geen formule"


def test_editor_schemas_are_shipped_unchanged(downloads: dict[str, bytes]) -> None:
    for path in SCHEMA_DIR.glob("*.schema.json"):
        assert downloads[f"schema/{path.name}"] == path.read_bytes()


def test_cli_export_writes_the_same_files(corpus_dir: Path, tmp_path: Path, downloads: dict[str, bytes]) -> None:
    out = tmp_path / "out"
    result = run_cli("export", "--data", str(corpus_dir), "--out", str(out))
    assert result.returncode == 0, result.stderr
    # The CLI reads the schema files next to the data; here only the generated files can match.
    written = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for name in ("kaderwijzer.json", "kaderwijzer.schema.json", "segmenten.csv", "doelen.csv", "indicatoren.csv", "begrippen.csv"):
        assert written[name] == downloads[name], name
