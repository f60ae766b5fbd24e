"""The committed JSON Schema must match the models, and real files must satisfy it."""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

import jsonschema
import yaml

from kaderwijzer.reading.loader import LAYOUT, data_files
from kaderwijzer.editor.fielddocs import TITLES
from kaderwijzer.model import FILE_MODELS
from kaderwijzer.editor.schema import render_schemas
from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "data" / "schema"


def _without_examples(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_examples(v) for k, v in node.items() if k != "examples"}
    if isinstance(node, list):
        return [_without_examples(v) for v in node]
    return node


def committed_schemas() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_DIR.glob("*.schema.json")}


def test_committed_schema_matches_models() -> None:
    # Examples come from the data and may lag behind an edit; they are checked on their own below.
    expected = {name: _without_examples(json.loads(text)) for name, text in render_schemas().items()}
    committed = {name: _without_examples(schema) for name, schema in committed_schemas().items()}
    assert committed == expected, "draai `kaderwijzer schema` en commit data/schema/"


def test_every_data_file_validates_against_its_schema() -> None:
    schemas = committed_schemas()
    checked = 0
    for kind, _nested, path in data_files(ROOT / "data"):
        # Editors' tooling sees YAML dates as strings; so does the JSON download.
        data = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))
        jsonschema.validate(data, schemas[f"{kind}.schema.json"])
        checked += 1
    assert checked >= len(LAYOUT)


def test_schema_describes_fields_for_editors() -> None:
    segment = committed_schemas()["segment.schema.json"]
    assert segment["additionalProperties"] is False
    assert "ambition" in segment["properties"]
    assert set(segment["required"]) >= {"id", "region", "document", "name", "domains", "sources"}


def _fields(schema: dict) -> Iterator[tuple[str, str, dict, bool]]:
    """(record or part, field, property schema, required) for every field of a file schema."""
    for name, obj in [("root", schema), *schema.get("$defs", {}).items()]:
        required = set(obj.get("required", []))
        for field, prop in obj.get("properties", {}).items():
            yield name, field, prop, field in required


def _nodes(node: Any) -> Iterator[dict]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


SHARED_TEXT = "Tekst in Markdown"


def test_every_field_has_its_own_dutch_title_and_help() -> None:
    for file, schema in committed_schemas().items():
        for part, field, prop, required in _fields(schema):
            where = f"{file} {part}.{field}"
            assert prop.get("title") and prop.get("markdownDescription"), where
            assert field in TITLES, where  # a Dutch title of its own, not pydantic's English default
            assert prop["markdownDescription"].startswith(prop["description"]), where
            assert ("**Verplicht.**" in prop["markdownDescription"]) == required, where
            assert ("(verplicht)" in prop["title"]) == required, where
            # Nothing inside the field speaks for it: the shared type's text is gone.
            inner = [n for n in _nodes({k: v for k, v in prop.items() if k not in ("description", "markdownDescription", "title")})]
            assert not any("description" in n and "$ref" not in n for n in inner), where
            assert SHARED_TEXT not in json.dumps(prop), where
            # Completion must never insert `null` or an empty list.
            assert prop.get("default", "unset") not in (None, []), where


def test_every_choice_and_pattern_speaks_dutch() -> None:
    for file, schema in committed_schemas().items():
        for name, definition in schema.get("$defs", {}).items():
            if "enum" in definition:
                descriptions = definition.get("markdownEnumDescriptions", [])
                assert len(descriptions) == len(definition["enum"]), (file, name)
                assert all(d.startswith(f"**{v}**: ") and len(d) > len(v) + 10
                           for v, d in zip(definition["enum"], descriptions)), (file, name)
                assert definition["errorMessage"].startswith("Kies ") and " of `" in definition["errorMessage"]
        for node in _nodes(schema):
            if "pattern" in node:
                assert node.get("patternErrorMessage", "").startswith("Ongeldige"), (file, node)


def test_examples_are_real_values_that_validate() -> None:
    real = "\n".join(path.read_text(encoding="utf-8") for _kind, _nested, path in data_files(ROOT / "data"))
    seen = 0
    for file, schema in committed_schemas().items():
        for node in _nodes(schema):
            for example in node.get("examples", []):
                seen += 1
                plain = {k: v for k, v in node.items() if k not in ("examples",)}
                jsonschema.validate(example, {**plain, "$defs": schema.get("$defs", {})})
                assert re.search(rf"[:-] ['\"]?{re.escape(str(example))}['\"]?$", real, re.M), (
                    f"{file}: voorbeeld {example!r} staat niet (meer) in data/; draai `kaderwijzer schema`")
    assert seen > 40


def test_snippets_insert_whole_records_with_block_text_and_each_tab_stop_once() -> None:
    for file, schema in committed_schemas().items():
        (snippet,) = schema["defaultSnippets"]
        body = snippet["bodyText"]
        stops = re.findall(r"\$\{(\d+)[:|]", body)
        assert stops == [str(n) for n in range(1, len(stops) + 1)], file
        assert ">-\n" in body, file
        keys = re.findall(r"^([a-z_]+):", body, re.M)
        assert set(schema["required"]) <= set(keys), file
        # In the order of the model, which is the order the real files use.
        model = FILE_MODELS[file.removesuffix(".schema.json")]
        assert keys == [k for k in model.model_fields if k in keys], file


def test_every_part_has_a_snippet_with_each_tab_stop_once() -> None:
    for file, schema in committed_schemas().items():
        for name, definition in schema.get("$defs", {}).items():
            if "properties" not in definition:
                continue
            (snippet,) = definition["defaultSnippets"]
            stops = re.findall(r"\$\{(\d+)[:|]", snippet["bodyText"])
            assert stops == [str(n) for n in range(1, len(stops) + 1)], (file, name)
            assert set(definition.get("required", [])) <= set(re.findall(r"^([a-z_]+):", snippet["bodyText"], re.M))
