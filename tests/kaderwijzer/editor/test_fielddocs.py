"""Field help, editor schemas, the field reference on /bijdragen/ and `validate` say the same thing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from kaderwijzer import DataErrors, load_corpus
from kaderwijzer.editor.fielddocs import ONE_OF
from kaderwijzer.editor.schemadoc import reference
from tests.conftest import ROOT

SCHEMAS = ROOT / "data" / "schema"
# Per rule: a file of the minimal corpus that holds such a record, and a value that fills each field.
FILES = {"Region": ("region-mh", "region"), "Segment": ("crisis", "segment"), "Source": ("source-nl", "source")}
FILLED: dict[str, Any] = {"municipalities": ["Bodegraven-Reeuwijk", "Gouda", "Krimpenerwaard", "Waddinxveen", "Zuidplas"],
                          "municipality_count": 5, "ambition": "Snel hulp.",
                          "development_potential": [{"title": "Innovatie", "items": ["Meer lokale plekken."]}],
                          "availability": "Op te vragen bij de regio.", "redistribute": True}

# What a field needs next to it: a shared copy needs the copy and a licence.
WITH: dict[str, dict[str, Any]] = {"redistribute": {"local_copy": "000_1b5d83d4f51f8571.txt", "licence": "Openbaar stuk."}}


def test_every_field_on_the_reference_is_explained_in_words_for_editors() -> None:
    for table in reference():
        for row in table.rows:
            assert row.description, f"{table.key}.{row.name} heeft geen uitleg"
            assert not any("patroon" in a or "^" in a or "\\d" in a for a in row.allowed), (table.key, row.name, row.allowed)


def test_year_and_month_are_named_as_an_editor_writes_them() -> None:
    rows = {(t.key, r.name): r for t in reference() for r in t.rows}
    assert "jaar en maand, bijvoorbeeld `2025-03`" in rows[("document", "date")].allowed


def _schema(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))


def _validate_accepts(data_dir: Path) -> bool:
    try:
        load_corpus(data_dir)
    except DataErrors:
        return False
    return True


@pytest.mark.parametrize("model", sorted(ONE_OF))
def test_one_of_rule_is_the_same_in_schema_reference_and_validate(model: str, corpus_paths: dict[str, Path]) -> None:
    rule = ONE_OF[model]
    key, kind = FILES[model]
    path = corpus_paths[key]
    header = path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    bare = {k: v for k, v in record.items() if k not in rule.fields}
    schema = _schema(kind)

    def both(data: dict[str, Any]) -> tuple[bool, bool]:
        path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        try:
            jsonschema.validate(data, schema)
            by_schema = True
        except jsonschema.ValidationError:
            by_schema = False
        return by_schema, _validate_accepts(path.parent.parent if kind in ("source", "region") else path.parent.parent.parent)

    assert both(bare) == (False, False), f"{model} zonder {rule.fields}"
    for field in rule.fields:
        assert both({**bare, field: FILLED[field], **WITH.get(field, {})}) == (True, True), f"{model} met alleen {field}"
    rows = {(t.key, r.name): r.required for t in reference() for r in t.rows}
    for field in rule.fields:
        assert rows[(kind, field)].startswith("minstens één van"), (kind, field)
