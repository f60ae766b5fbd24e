"""JSON Schema files generated from the models, for editors and downloads.

pydantic writes the structure; `kaderwijzer.editor.editorschema` adds what an editor needs to learn from it
(Dutch help, messages, examples from the real data, snippets from the scaffolds).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kaderwijzer.editor.editorschema import choices_by_field, enums_in, models_in, snippet_from_template, teach
from kaderwijzer.editor.fielddocs import PART_DESCRIPTIONS, PART_TITLES
from kaderwijzer.reading.loader import data_files
from kaderwijzer.model import FILE_MODELS, MAX_TEXT
from kaderwijzer.editor.scaffold import SCAFFOLDS, TEMPLATE_KINDS, template
from kaderwijzer.reading.yamlsource import YamlDocument, read_yaml

SCHEMA_ID_BASE = "https://kaderwijzer.invalid/schema/"  # an identifier, never fetched
EXAMPLES_PER_FIELD = 2
EXAMPLE_MAX_CHARS = 60


def _short(value: Any) -> Any | None:
    """A value fit to show as an example, as JSON; None for long text, lists and parts."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (dt.date, int)):
        return value.isoformat() if isinstance(value, dt.date) else value
    if isinstance(value, str) and len(value) <= EXAMPLE_MAX_CHARS and "\n" not in value and "TODO" not in value:
        return value
    return None


def collect_examples(data_dir: Path) -> dict[tuple[str, str], list[Any]]:
    """(model, field) -> the most used short values in the real data (ties: alphabetical)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    values: dict[tuple[str, str], dict[str, Any]] = {}

    def walk(model: type[BaseModel], data: Any) -> None:
        if not isinstance(data, dict):
            return
        for field, info in model.model_fields.items():
            if field not in data:
                continue
            parts = models_in(info.annotation)
            items = data[field] if isinstance(data[field], list) else [data[field]]
            for item in items:
                if parts and isinstance(item, dict):
                    walk(parts[0], item)
                elif not parts and not _is_enum_or_long(info) and (short := _short(item)) is not None:
                    key = (model.__name__, field)
                    counts.setdefault(key, Counter())[json.dumps(short)] += 1
                    values.setdefault(key, {})[json.dumps(short)] = short

    for kind, _nested, path in data_files(data_dir):
        doc = read_yaml(path)
        if isinstance(doc, YamlDocument):
            walk(FILE_MODELS[kind], doc.data)
    return {key: [values[key][k] for k, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:EXAMPLES_PER_FIELD]]
            for key, c in counts.items()}


def _is_enum_or_long(info: Any) -> bool:
    """Choices are documented value by value, and long text makes a poor example."""
    return bool(enums_in(info.annotation)) or f"max_length={MAX_TEXT}" in repr(info.annotation) + repr(info.metadata)


def _snippets() -> dict[str, list[dict[str, Any]]]:
    result: dict[str, list[dict[str, Any]]] = {}
    for scaffold in SCAFFOLDS.values():
        model = FILE_MODELS[scaffold.kind].__name__
        result[model] = [{
            "label": f"Nieuw: {scaffold.what}",
            "markdownDescription": f"Een volledig nieuw bestand, zoals `kaderwijzer new {scaffold.command}` het maakt.",
            "bodyText": snippet_from_template(template(scaffold.kind), choices_by_field(FILE_MODELS[scaffold.kind])),
        }]
    # Kinds with a template but no `kaderwijzer new` command yet (a source document) still get a snippet.
    for kind, model_class in FILE_MODELS.items():
        if model_class.__name__ not in result and kind in TEMPLATE_KINDS:
            result[model_class.__name__] = [{
                "label": "Nieuw: brondocument" if kind == "source" else f"Nieuw: {kind}",
                "markdownDescription": "Een volledig nieuw bestand met invulvelden.",
                "bodyText": snippet_from_template(template(kind), choices_by_field(model_class)),
            }]
    return result


def schema_for(kind: str, examples: dict[tuple[str, str], list[Any]] | None = None) -> dict:
    model = FILE_MODELS[kind]
    schema = model.model_json_schema()
    teach(schema, model, examples or {}, _snippets(), PART_TITLES, PART_DESCRIPTIONS)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{SCHEMA_ID_BASE}{kind}.schema.json"
    return schema


def render_schemas(data_dir: Path | None = None) -> dict[str, str]:
    """File name -> JSON text, stable so the committed copy can be compared; examples from `data_dir`."""
    examples = collect_examples(data_dir) if data_dir is not None else {}
    return {
        f"{kind}.schema.json": json.dumps(schema_for(kind, examples), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        for kind in FILE_MODELS
    }


def write_schemas(out_dir: Path, data_dir: Path | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas(data_dir if data_dir is not None else out_dir.parent).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
