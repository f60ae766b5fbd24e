"""The committed JSON Schema must match the models, and real files must satisfy it."""

from __future__ import annotations

import json

import jsonschema
import yaml

from kaderwijzer.loader import LAYOUT, data_files
from kaderwijzer.schema import render_schemas
from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "data" / "schema"


def test_committed_schema_matches_models() -> None:
    expected = render_schemas()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMA_DIR.glob("*.schema.json")}
    assert committed == expected, "draai `kaderwijzer schema` en commit data/schema/"


def test_every_data_file_validates_against_its_schema() -> None:
    schemas = {name: json.loads(text) for name, text in render_schemas().items()}
    checked = 0
    for kind, _nested, path in data_files(ROOT / "data"):
        # Editors' tooling sees YAML dates as strings; so does the JSON download.
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schemas[f"{kind}.schema.json"])
        checked += 1
    assert checked >= len(LAYOUT)


def test_schema_describes_fields_for_editors() -> None:
    segment = json.loads(render_schemas()["segment.schema.json"])
    assert segment["additionalProperties"] is False
    assert "ambition" in segment["properties"]
    assert set(segment["required"]) >= {"id", "region", "document", "name", "domains", "sources"}
