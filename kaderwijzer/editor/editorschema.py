"""Turn pydantic's JSON Schema into one that teaches in the editor (VS Code + YAML extension).

- Every field gets its own Dutch `title`, `description` and `markdownDescription`; the shared type's text
  (e.g. "Tekst in Markdown …") is removed from inside the field, so hover shows what *this* field means.
- Required fields say so; ids and file names get a Dutch `patternErrorMessage`, typed values a Dutch
  `errorMessage`; every choice gets `markdownEnumDescriptions`.
- `examples` are short values taken from the real data; `defaultSnippets` insert a whole record in the order
  the real files use (from the scaffolds), with `>-` block scalars for long text and each tab stop once.
- No `default: null` or `[]`, so completion never inserts `ambition: null`.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, Iterable

from pydantic import BaseModel

from kaderwijzer.editor.fielddocs import DESCRIPTIONS, ENUM_DOCS, ONE_OF, needed, one_of_rule, title_for
from kaderwijzer.reading.messages import one_of
from kaderwijzer.model import LOCAL_COPY_PATTERN, MAX_TEXT, SLUG_PATTERN, URL_PATTERN, YEAR_MONTH_PATTERN

PATTERN_ERRORS = {
    SLUG_PATTERN: "Ongeldige id: gebruik kleine letters, cijfers en streepjes, bv. `hulp-bij-het-huishouden`.",
    LOCAL_COPY_PATTERN: "Ongeldige bestandsnaam: alleen de naam van een bestand in de map met brondocumenten, "
                        "zonder map ervoor.",
    URL_PATTERN: "Ongeldige URL: begin met `https://` of `http://`.",
    YEAR_MONTH_PATTERN: "Ongeldige datum: schrijf `2020-10-26`, `2020-10` of `2020`, niet preciezer dan de bron.",
}
TYPE_ERRORS = {
    "string": "Verwacht tekst. Zet tekst die met een bijzonder teken begint (of die `: ` bevat) tussen aanhalingstekens.",
    "integer": "Verwacht een geheel getal, bv. `1`.",
}
DATE_ERROR = "Verwacht een datum als JJJJ-MM-DD, bv. `2025-01-01`."
BLOCK_HINT = "Lange tekst: schrijf `>-` achter de dubbele punt en de tekst op de regels eronder, ingesprongen."


def models_by_name(roots: Iterable[type[BaseModel]]) -> dict[str, type[BaseModel]]:
    """Every model reachable from `roots`, by class name (pydantic's `$defs` keys)."""
    found: dict[str, type[BaseModel]] = {}
    todo = list(roots)
    while todo:
        model = todo.pop()
        if model.__name__ in found:
            continue
        found[model.__name__] = model
        for info in model.model_fields.values():
            todo.extend(models_in(info.annotation))
    return found


def enums_by_name(models: Iterable[type[BaseModel]]) -> dict[str, type[Enum]]:
    found: dict[str, type[Enum]] = {}
    for model in models:
        for info in model.model_fields.values():
            for enum in enums_in(info.annotation):
                found[enum.__name__] = enum
    return found


def models_in(annotation: Any) -> list[type[BaseModel]]:
    inner = [m for arg in getattr(annotation, "__args__", ()) or () for m in models_in(arg)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        inner.append(annotation)
    return inner


def enums_in(annotation: Any) -> list[type[Enum]]:
    inner = [e for arg in getattr(annotation, "__args__", ()) or () for e in enums_in(arg)]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        inner.append(annotation)
    return inner


def _strip_shared_text(node: Any) -> None:
    """Remove descriptions and titles that come from a shared type inside a field."""
    if isinstance(node, dict):
        for key in ("description", "title"):
            if key in node and "$ref" not in node:
                del node[key]
        for value in node.values():
            _strip_shared_text(value)
    elif isinstance(node, list):
        for value in node:
            _strip_shared_text(value)


def _merge_nullable(prop: dict[str, Any]) -> None:
    """`anyOf: [{type: string, …}, {type: null}]` -> `type: [string, null]`, so completion sees a plain type."""
    branches = prop.get("anyOf")
    if not branches or len(branches) != 2 or {"type": "null"} not in branches:
        return
    other = next(b for b in branches if b != {"type": "null"})
    if "$ref" in other or "type" not in other or isinstance(other["type"], list):
        return
    del prop["anyOf"]
    prop.update(other)
    prop["type"] = [other["type"], "null"]


def _branch_type(branch: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in branch:
        return defs.get(branch["$ref"].rsplit("/", 1)[-1], {}).get("type", "object")
    return branch.get("type")


def _one_of_when_disjoint(prop: dict[str, Any], defs: dict[str, Any]) -> None:
    """`anyOf` with branches of different types -> `oneOf` (same meaning), so hover shows the field's own
    title once instead of one per matching branch ("Doelgroep || Doelgroep")."""
    branches = prop.get("anyOf")
    if not branches:
        return
    types = [_branch_type(b, defs) for b in branches]
    if None not in types and all(isinstance(t, str) for t in types) and len(set(types)) == len(types):
        prop["oneOf"] = prop.pop("anyOf")


def _add_error_messages(node: Any) -> None:
    if isinstance(node, dict):
        if "pattern" in node and node["pattern"] in PATTERN_ERRORS:
            node["patternErrorMessage"] = PATTERN_ERRORS[node["pattern"]]
        kinds = node.get("type")
        kind = kinds[0] if isinstance(kinds, list) else kinds
        if node.get("format") == "date":
            node["errorMessage"] = DATE_ERROR
            node["patternErrorMessage"] = DATE_ERROR
        elif kind in TYPE_ERRORS and "errorMessage" not in node and "pattern" not in node:
            node["errorMessage"] = TYPE_ERRORS[kind]
        for value in node.values():
            _add_error_messages(value)
    elif isinstance(node, list):
        for value in node:
            _add_error_messages(value)


def _is_long_text(prop: dict[str, Any]) -> bool:
    return prop.get("maxLength") == MAX_TEXT or any(
        b.get("maxLength") == MAX_TEXT for b in prop.get("anyOf", []) + [prop.get("items", {})] if isinstance(b, dict))


def _choices(prop: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    for node in [prop, prop.get("items", {}), *prop.get("anyOf", [])]:
        if isinstance(node, dict) and "$ref" in node:
            target = defs.get(node["$ref"].rsplit("/", 1)[-1], {})
            if "enum" in target:
                return list(target["enum"])
    return []


def _describe(prop: dict[str, Any], text: str, required: bool | str, choices: list[str], long_text: bool) -> None:
    if isinstance(required, str):  # one of several fields is needed
        extra = [f"**{required}**"]
    else:
        extra = ["**Verplicht.**" if required else "Niet verplicht."]
    if choices:
        extra.append(f"Kies {one_of(choices)}.")
    if long_text:
        extra.append(BLOCK_HINT)
    prop["description"] = text
    prop["markdownDescription"] = text + "\n\n" + " ".join(extra)


def teach(schema: dict[str, Any], root: type[BaseModel], examples: dict[tuple[str, str], list[Any]],
          snippets: dict[str, list[dict[str, Any]]], part_titles: dict[str, str],
          part_descriptions: dict[str, str]) -> dict[str, Any]:
    """Add titles, help, messages, examples and snippets to `schema` (generated for `root`), in place."""
    defs = schema.get("$defs", {})
    models = models_by_name([root])
    enums = enums_by_name(models.values())
    objects = [(root.__name__, schema)] + [(name, d) for name, d in defs.items() if "properties" in d]
    for name, obj in objects:
        model = models[name]
        obj["title"] = part_titles.get(name, name)
        obj["description"] = obj["markdownDescription"] = part_descriptions.get(name, obj["title"])
        required = set(obj.get("required", []))
        for field, prop in obj["properties"].items():
            info = model.model_fields[field]
            text = DESCRIPTIONS.get((name, field)) or info.description or title_for(name, field)
            rule = one_of_rule(name, field)
            long_text = _is_long_text(prop)
            _strip_shared_text(prop)
            if prop.get("default") in (None, []):
                prop.pop("default", None)
            _merge_nullable(prop)
            _one_of_when_disjoint(prop, defs)
            prop["title"] = title_for(name, field) + (" (verplicht)" if field in required else "")
            must: bool | str = f"Verplicht: {needed(rule)}. {rule.why}" if rule else field in required
            _describe(prop, text, must, _choices(prop, defs), long_text)
            found = examples.get((name, field))
            if found:
                # Examples are values of one item when the field is a list.
                (prop["items"] if prop.get("type") == "array" and "$ref" not in prop["items"] else prop)["examples"] = found
        if name in ONE_OF:
            obj["anyOf"] = [_filled(field, obj["properties"][field]) for field in ONE_OF[name].fields]
        if name in snippets:
            obj["defaultSnippets"] = snippets[name]
        elif name != root.__name__:
            obj["defaultSnippets"] = [part_snippet(model, obj, defs, obj["title"])]
    for name, enum in enums.items():
        target = defs.get(name)
        if target is None:
            continue
        docs = ENUM_DOCS[enum]
        values = [m.value for m in enum]
        target["title"] = part_titles.get(name, name)
        target["description"] = part_descriptions.get(name, target["title"])
        target["markdownEnumDescriptions"] = [f"**{v}**: {docs[v]}" for v in values]
        target["enumDescriptions"] = [docs[v] for v in values]
        target["errorMessage"] = f"Kies {one_of(values)}."
    _add_error_messages(schema)
    return schema


def _filled(field: str, prop: dict[str, Any]) -> dict[str, Any]:
    """Schema for "this field is filled in": present, and a list with a point in it or `true`."""
    kinds = prop.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "array" in kinds:
        return {"required": [field], "properties": {field: {"minItems": 1}}}
    if "boolean" in kinds:
        return {"required": [field], "properties": {field: {"const": True}}}
    return {"required": [field]}


_PLACEHOLDER = re.compile(r"TODO(?:: [^\"\n]*)?|\{(?:id|region|document)\}")
# What a bare `TODO` stands for, by its key, when it is not a choice.
_BARE_HINTS = {"source": "id van het brondocument", "start": "JJJJ-MM-DD", "id": "id", "municipalities": "gemeente"}


def choices_by_field(root: type[BaseModel]) -> dict[str, list[str]]:
    """Field name -> allowed values, for every choice field of `root` and its parts."""
    found: dict[str, list[str]] = {}
    for model in models_by_name([root]).values():
        for field, info in model.model_fields.items():
            for enum in enums_in(info.annotation):
                found[field] = [m.value for m in enum]
    return found


def snippet_from_template(template: str, choices: dict[str, list[str]]) -> str:
    """A scaffold template as snippet text: every placeholder its own tab stop, numbered once, in order;
    a choice field offers its values."""
    out: list[str] = []
    counter = 0
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        before = template[position:match.start()]
        out.append(before.replace("\\", "\\\\").replace("$", "\\$"))
        line = template[template.rfind("\n", 0, match.start()) + 1:match.start()]
        # The placeholder's key: on its own line, or (for a list item) the last key above it.
        keys = re.findall(r"^\s*(?:- )?([a-z_]+):", template[:match.start()], re.M)
        key = line.strip().lstrip("- ").split(":")[0] if ":" in line else (keys[-1] if keys else "")
        counter += 1
        text = match.group()
        if text.startswith("{"):
            out.append("${%d:%s}" % (counter, text.strip("{}")))
        elif text == "TODO" and key in choices:
            out.append("${%d|%s|}" % (counter, ",".join(choices[key])))
        else:
            hint = text[len("TODO: "):] if text.startswith("TODO: ") else _BARE_HINTS.get(key, "…")
            out.append("${%d:%s}" % (counter, hint.replace("$", "\\$").replace("}", "\\}")))
        position = match.end()
    out.append(template[position:].replace("$", "\\$"))
    return "".join(out)


def part_snippet(model: type[BaseModel], schema: dict[str, Any], defs: dict[str, Any], title: str) -> dict[str, Any]:
    """A snippet for one new part (a goal, a source, …): its required fields in model order, long text as `>-`."""
    lines: list[str] = []
    counter = 0
    for field in model.model_fields:
        # Required fields, and a title where a part has one: real lists nearly always carry their heading.
        if field not in schema.get("required", []) and field != "title":
            continue
        prop = schema["properties"][field]
        counter += 1
        choices = _choices(prop, defs)
        kind = prop.get("type")
        if choices:
            value = " ${%d|%s|}" % (counter, ",".join(choices))
        elif "$ref" in prop:  # a nested part, e.g. the source of a definition
            inner_name = prop["$ref"].rsplit("/", 1)[-1]
            inner = defs[inner_name]
            sub = [f"  {name}: ${{{counter + i}:{title_for(inner_name, name).lower()}}}"
                   for i, name in enumerate(inner.get("required", []))]
            counter += len(sub) - 1
            value = "\n" + "\n".join(sub)
        elif _is_long_text(prop):
            value = " >-\n  ${%d:%s}" % (counter, title_for(model.__name__, field).lower())
        elif kind == "array" and "$ref" in prop["items"] and not choices:  # a list of parts: one, filled in
            inner_name = prop["items"]["$ref"].rsplit("/", 1)[-1]
            names = defs[inner_name].get("required", [])
            value = "".join(f"\n  {'- ' if i == 0 else '  '}{name}: ${{{counter + i}:{title_for(inner_name, name).lower()}}}"
                            for i, name in enumerate(names))
            counter += len(names) - 1
        elif kind == "array":
            value = "\n  - ${%d:%s}" % (counter, title_for(model.__name__, field).lower())
        elif prop.get("format") == "date":
            value = " ${%d:JJJJ-MM-DD}" % counter
        elif kind == "integer":
            value = " ${%d:1}" % counter
        else:
            value = " ${%d:%s}" % (counter, title_for(model.__name__, field).lower())
        lines.append(f"{field}:{value}")
    return {"label": f"Nieuw: {title.lower()}", "markdownDescription": schema.get("description", title),
            "bodyText": "\n".join(lines)}
