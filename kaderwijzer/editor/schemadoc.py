"""A field reference for editors, read from the models' JSON Schema (never written by hand).

One table per kind of file, then one per nested part (source, goal, ...):
field, type, required, allowed values and description.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kaderwijzer.editor.fielddocs import ONE_OF, PART_TITLES, needed
from kaderwijzer.editor.schema import schema_for
from kaderwijzer.reading.loader import LAYOUT
from kaderwijzer.model import FILE_MODELS, LOCAL_COPY_PATTERN, SLUG_PATTERN, URL_PATTERN, YEAR_MONTH_PATTERN

KIND_TITLES = {
    "source": "Brondocument",
    "region": "Regio",
    "document": "Document",
    "section": "Hoofdstuk",
    "segment": "Segment",
    "term": "Begrip",
    "decisions": "Besluitenlijst",
    "milestones": "Planning",
}
PATTERN_WORDS = {
    SLUG_PATTERN: ("id", "kleine letters, cijfers en streepjes"),
    LOCAL_COPY_PATTERN: ("bestandsnaam", "naam van een bestand in de map met brondocumenten, zonder map ervoor"),
    URL_PATTERN: ("adres", "een webadres dat begint met `https://` of `http://`"),
    YEAR_MONTH_PATTERN: ("jaar en maand", "jaar en maand, bijvoorbeeld `2025-03`"),
}

TypePart = tuple[str, str | None]  # (text, anchor of a part table or None)


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: list[TypePart]
    required: str  # "ja", "nee", or which fields of which at least one is needed
    allowed: list[str]  # Markdown fragments
    description: str | None


@dataclass(frozen=True)
class SchemaTable:
    key: str  # kind or part class name
    title: str
    anchor: str
    location: str | None  # where files of this kind live, for kinds
    rows: list[FieldRow]


def anchor_for(key: str) -> str:
    return f"schema-{key.lower()}"


class _Describer:
    def __init__(self, defs: dict[str, Any]):
        self.defs = defs
        self.parts: list[str] = []  # object parts met, in order

    def _is_enum(self, prop: dict[str, Any]) -> bool:
        return "$ref" in prop and "enum" in self.defs[prop["$ref"].rsplit("/", 1)[-1]]

    def type_of(self, prop: dict[str, Any]) -> list[TypePart]:
        if "$ref" in prop:
            name = prop["$ref"].rsplit("/", 1)[-1]
            if self._is_enum(prop):
                return [("keuze", None)]
            if name not in self.parts:
                self.parts.append(name)
            return [(PART_TITLES.get(name, name), anchor_for(name))]
        if "anyOf" in prop or "oneOf" in prop:
            branches = [b for b in prop.get("anyOf", prop.get("oneOf", [])) if b.get("type") != "null"]
            result: list[TypePart] = []
            for i, branch in enumerate(branches):
                if i:
                    result.append((" of ", None))
                result += self.type_of(branch)
            return result
        kind = prop.get("type")
        if isinstance(kind, list):  # `[string, null]`: the field may be left out
            kind = next((k for k in kind if k != "null"), None)
        if kind == "array":
            items = prop.get("items", {})
            if self._is_enum(items):
                return [("een of meer keuzes", None)]
            return [("lijst van ", None), *self.type_of(items)]
        if kind == "string":
            if prop.get("format") == "date":
                return [("datum", None)]
            if prop.get("pattern") in PATTERN_WORDS:
                return [(PATTERN_WORDS[prop["pattern"]][0], None)]
            return [("tekst", None)]
        if kind == "integer":
            return [("jaar" if prop.get("minimum") == 1900 else "geheel getal", None)]
        if kind == "boolean":
            return [("true of false", None)]
        if "const" in prop:
            return [("vaste waarde", None)]
        return [(str(kind or "waarde"), None)]

    def allowed(self, prop: dict[str, Any]) -> list[str]:
        found: list[str] = []
        if "$ref" in prop:
            target = self.defs[prop["$ref"].rsplit("/", 1)[-1]]
            if "enum" in target:
                found.append(", ".join(f"`{v}`" for v in target["enum"]))
        if prop.get("format") == "date":
            found.append("jaar, maand en dag, bijvoorbeeld `2025-03-12`")
        for branch in [*prop.get("anyOf", []), *prop.get("oneOf", [])]:
            found += self.allowed(branch)
        if "items" in prop:
            found += self.allowed(prop["items"])
        if "const" in prop:
            found.append(f"`{prop['const']}`")
        if "pattern" in prop:
            pattern = prop["pattern"]
            found.append(PATTERN_WORDS[pattern][1] if pattern in PATTERN_WORDS else f"patroon `{pattern}`")
        if prop.get("minItems"):
            found.append(f"minstens {prop['minItems']} {'punt' if prop['minItems'] == 1 else 'punten'}")
        if "minimum" in prop:
            found.append(f"een jaar vanaf {prop['minimum']}" if prop["minimum"] == 1900 else f"minstens {prop['minimum']}")
        if "maxLength" in prop:
            found.append(f"hoogstens {prop['maxLength']:,} tekens".replace(",", "."))
        return list(dict.fromkeys(found))

    def description(self, prop: dict[str, Any]) -> str | None:
        if prop.get("description"):
            return str(prop["description"])
        for inner in [*prop.get("anyOf", []), prop.get("items", {})]:
            if isinstance(inner, dict) and inner.get("description") and "$ref" not in inner:
                return str(inner["description"])
        return None

    def rows(self, schema: dict[str, Any], model: str) -> list[FieldRow]:
        required = set(schema.get("required", []))
        rule = ONE_OF.get(model)
        return [
            FieldRow(name, self.type_of(prop), _required(name, name in required, rule), self.allowed(prop),
                     self.description(prop))
            for name, prop in schema.get("properties", {}).items()
        ]


def _required(name: str, required: bool, rule: Any) -> str:
    if rule is not None and name in rule.fields:
        return needed(rule)
    return "ja" if required else "nee"


def _location(kind: str) -> str:
    folder = next(f for f, (k, _) in LAYOUT.items() if k == kind)
    nested = LAYOUT[folder][1]
    name = "<id>" if kind not in ("decisions", "milestones") else "<naam>"
    return f"data/{folder}/" + ("<regio>/" if nested else "") + f"{name}.yml"


def reference() -> list[SchemaTable]:
    """Tables for every kind of file, then for every nested part they use (each once)."""
    kinds: list[SchemaTable] = []
    parts: dict[str, SchemaTable] = {}
    for kind, model in FILE_MODELS.items():
        schema = schema_for(kind)  # the editor schema: the same help as in the editor
        describer = _Describer(schema.get("$defs", {}))
        kinds.append(SchemaTable(kind, KIND_TITLES.get(kind, kind), anchor_for(kind), _location(kind),
                                 describer.rows(schema, model.__name__)))
        # Parts reach other parts (ItemGroup -> Item): describe until no new part turns up.
        index = 0
        while index < len(describer.parts):
            name = describer.parts[index]
            index += 1
            if name not in parts:
                rows = describer.rows(describer.defs[name], name)
                parts[name] = SchemaTable(name, PART_TITLES.get(name, name), anchor_for(name), None, rows)
    return kinds + list(parts.values())
