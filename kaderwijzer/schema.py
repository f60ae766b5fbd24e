"""JSON Schema files generated from the models, for editors and downloads."""

from __future__ import annotations

import json
from pathlib import Path

from kaderwijzer.model import FILE_MODELS

SCHEMA_ID_BASE = "https://kaderwijzer.invalid/schema/"  # an identifier, never fetched


def schema_for(kind: str) -> dict:
    schema = FILE_MODELS[kind].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{SCHEMA_ID_BASE}{kind}.schema.json"
    return schema


def render_schemas() -> dict[str, str]:
    """File name -> JSON text, stable so the committed copy can be compared."""
    return {
        f"{kind}.schema.json": json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        for kind in FILE_MODELS
    }


def write_schemas(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
