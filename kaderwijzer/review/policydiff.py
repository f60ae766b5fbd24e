"""What changed in the policy between two versions of `data/`, record by record and field by field.

Generic over the pydantic models: fields are walked through `model_fields`, labelled with the first
words of their (Dutch) description, lists of records with an `id` are matched by id. A new field in
the model is diffed without a change here.

A change *alters meaning* when it adds, removes or moves a record, touches an enum, a date, a number or
a reference, or lies inside an identified item (a goal, indicator, decision, milestone). Wording of
summaries, notes and citations comes after.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import dataclass, field
from enum import Enum
from pathlib import PurePosixPath
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from kaderwijzer.reading.loader import LAYOUT
from kaderwijzer.model import FILE_MODELS, MAX_TEXT, SLUG_PATTERN

MEANING, WORDING = "meaning", "wording"
ADDED, REMOVED, CHANGED, MOVED = "toegevoegd", "verwijderd", "gewijzigd", "verplaatst"
KIND_NOUNS = {"region": "Regio", "document": "Document", "section": "Hoofdstuk", "segment": "Segment",
              "term": "Begrip", "decisions": "Besluitenlijst", "milestones": "Planning"}
# Dutch nouns for items inside a record; a model not listed here is named after the field that holds it.
ITEM_NOUNS = {"Goal": "Doel", "Indicator": "Indicator", "Decision": "Besluit", "Milestone": "Mijlpaal",
              "PolicyItem": "Beleidsitem", "ItemKind": "Soort item", "Definition": "Definitie", "Figure": "Kerncijfer", "ItemGroup": "Lijst",
              "Item": "Punt", "Source": "Bron"}
NOTE_FIELDS = {"note", "notes", "sources", "source"}  # never meaning, wherever they sit
DEFINITION_FIELDS = {"definition", "definitions"}  # what a term or indicator means: always meaning
NAME_FIELDS = ("name", "title", "term", "label")
LONG_TEXT = 60
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


@dataclass(frozen=True)
class FieldChange:
    where: str  # e.g. "Indicator *Wachttijd*" or "" for the record itself
    label: str  # e.g. "gewenste richting"
    old: Any
    new: Any
    weight: str  # MEANING or WORDING
    action: str = CHANGED  # or ADDED / REMOVED for items in a list
    prose: bool = False  # a Markdown text field: shown as old and new text, never inline

    @property
    def is_long(self) -> bool:
        return self.prose or any(isinstance(v, str) and (len(v) > LONG_TEXT or "\n" in v) for v in (self.old, self.new))


@dataclass
class RecordChange:
    kind: str
    ident: str
    title: str
    action: str  # ADDED, REMOVED, CHANGED or MOVED
    old_path: str | None = None
    new_path: str | None = None
    changes: list[FieldChange] = field(default_factory=list)
    record: BaseModel | None = None  # the newest version, for links

    @property
    def noun(self) -> str:
        return KIND_NOUNS.get(self.kind, self.kind)

    @property
    def weight(self) -> str:
        if self.action != CHANGED or any(c.weight == MEANING for c in self.changes):
            return MEANING
        return WORDING


@dataclass
class Snapshot:
    """Records of one version of data/, by (kind, id), with their file; files that did not parse are listed."""

    records: dict[tuple[str, str], tuple[str, BaseModel]] = field(default_factory=dict)
    unreadable: list[str] = field(default_factory=list)


# ---- reading ----
def kind_of(rel_path: str) -> str | None:
    parts = PurePosixPath(rel_path).parts
    if not parts or parts[0] not in LAYOUT or not rel_path.endswith(".yml"):
        return None
    kind, nested = LAYOUT[parts[0]]
    return kind if len(parts) == (3 if nested else 2) else None


def record_key(kind: str, record: BaseModel, rel_path: str) -> tuple[str, str]:
    ident = getattr(record, "id", None)
    if isinstance(ident, str):
        return kind, ident
    document = getattr(record, "document", None)  # decision and milestone lists belong to a document
    return kind, document if isinstance(document, str) else PurePosixPath(rel_path).stem


def snapshot(files: dict[str, str]) -> Snapshot:
    snap = Snapshot()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for rel_path in sorted(files):
        kind = kind_of(rel_path)
        if kind is None:
            continue
        try:
            record = FILE_MODELS[kind].model_validate(yaml.load(files[rel_path], Loader=loader))
        except (yaml.YAMLError, ValidationError, ValueError, TypeError):
            snap.unreadable.append(rel_path)  # `kaderwijzer validate` says what is wrong
            continue
        snap.records[record_key(kind, record, rel_path)] = (rel_path, record)
    return snap


# ---- labels ----
_CLAUSE_END = re.compile(r"[:;(,.]| bv\b| zoals | als | om | in eigen woorden")


def field_label(name: str, info: FieldInfo | None) -> str:
    """Short Dutch label from the field's description: `Gewenste richting: …` -> `gewenste richting`."""
    description = (info.title or info.description) if info else None
    clause = _CLAUSE_END.split(description, maxsplit=1)[0].strip() if description else ""
    clause = re.sub(r"^(De|Het|Een|Alle) ", "", clause)
    # A description that is a question or a sentence names no thing; the YAML key does.
    if not clause or len(clause.split()) > 5 or re.match(r"(Wat|Hoe|Wie|Voor wie|Welke|Waar|Wanneer|Alleen) ", clause):
        return f"`{name}`"  # the YAML key, which editors know
    return clause[0].lower() + clause[1:]


def record_title(record: BaseModel) -> str:
    """`4.2 Crisis`, `Kaderdocument Inkoop`, `Wmo`: what an editor calls the record."""
    code = getattr(record, "code", None) or getattr(record, "number", None)
    for name in NAME_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return f"{code} {value}" if isinstance(code, str) and code else value
    return str(getattr(record, "id", "") or "")


def item_name(item: BaseModel, position: int, fallback_noun: str) -> str:
    noun = ITEM_NOUNS.get(type(item).__name__, fallback_noun)
    for name in NAME_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, str) and value:
            return f"{noun} *{value}*"
    return f"{noun} {position}"


def show(value: Any) -> str:
    """A value as a reader sees it."""
    if value is None or value == [] or value == "":
        return "(leeg)"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, BaseModel):
        return record_title(value) or ", ".join(f"{k}: {show(v)}" for k, v in value if v not in (None, [], ""))
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) for v in value)
    return str(value)


# ---- comparing ----
def _constraints(info: FieldInfo | None) -> list[Any]:
    """Metadata of a field and of the Annotated types inside it (`Text | None`, `list[Slug]`)."""
    if info is None:
        return []
    found = list(info.metadata)
    todo = list(typing.get_args(info.annotation))
    while todo:
        arg = todo.pop()
        found += list(getattr(arg, "__metadata__", ()))
        todo += [a for a in typing.get_args(arg) if isinstance(a, type) or typing.get_args(a)]
    return found


def _is_reference(info: FieldInfo | None) -> bool:
    return any(getattr(m, "pattern", None) == SLUG_PATTERN for m in _constraints(info))


def _is_prose(info: FieldInfo | None) -> bool:
    return any(getattr(m, "max_length", None) == MAX_TEXT for m in _constraints(info))


def _scalar_weight(value: Any, info: FieldInfo | None, inside_item: bool) -> str:
    if inside_item:
        return MEANING
    sample = value[0] if isinstance(value, (list, tuple)) and value else value
    if isinstance(sample, (Enum, dt.date, bool, int)) or _is_reference(info):
        return MEANING
    return WORDING


def diff_models(old: BaseModel, new: BaseModel, where: str = "", inside_item: bool = False) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for name, info in type(new).model_fields.items():
        a, b = getattr(old, name, None), getattr(new, name, None)
        if a == b:
            continue
        label = field_label(name, info)
        item_level = (inside_item or name in DEFINITION_FIELDS) and name not in NOTE_FIELDS
        if isinstance(a, BaseModel) and isinstance(b, BaseModel) and type(a) is type(b):
            changes += diff_models(a, b, _join(where, label), item_level)
        elif _is_model_list(a) or _is_model_list(b):
            changes += _diff_list(list(a or []), list(b or []), where, label, name, item_level)
        else:
            weight = WORDING if name in NOTE_FIELDS else _scalar_weight(b if b is not None else a, info, item_level)
            changes.append(FieldChange(where, label, a, b, weight, prose=_is_prose(info)))
    return changes


def _is_model_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, BaseModel) for v in value)


def _join(where: str, label: str) -> str:
    return f"{where}, {label}" if where else _capital(label)


def _capital(label: str) -> str:
    return label if label.startswith("`") else label[0].upper() + label[1:]


def _diff_list(old: list[BaseModel], new: list[BaseModel], where: str, label: str, name: str,
               inside_item: bool) -> list[FieldChange]:
    noun = _capital(label)
    notes = name in NOTE_FIELDS
    keyed = all(isinstance(getattr(v, "id", None), str) for v in old + new)
    if not keyed:  # matched by position
        changes: list[FieldChange] = []
        weight = WORDING if notes else (MEANING if inside_item else WORDING)
        single = max(len(old), len(new)) == 1
        for i in range(max(len(old), len(new))):
            a = old[i] if i < len(old) else None
            b = new[i] if i < len(new) else None
            sample = b or a
            own = noun if not noun.startswith("`") else ITEM_NOUNS.get(type(sample).__name__, noun)
            here = _join(where, own if single else item_name(sample, i + 1, noun))  # type: ignore[arg-type]
            if a is None:
                changes.append(FieldChange(here, "", None, b, weight, ADDED))
            elif b is None:
                changes.append(FieldChange(here, "", a, None, weight, REMOVED))
            elif a != b:
                changes += diff_models(a, b, here, inside_item and not notes)
        return changes
    old_by_id = {v.id: v for v in old}  # type: ignore[attr-defined]
    new_by_id = {v.id: v for v in new}  # type: ignore[attr-defined]
    changes = []
    for i, item in enumerate(new, start=1):
        here = _join(where, item_name(item, i, noun))
        before = old_by_id.get(item.id)  # type: ignore[attr-defined]
        if before is None:
            changes.append(FieldChange(here, "", None, item, MEANING, ADDED))
        elif before != item:
            changes += diff_models(before, item, here, inside_item=not notes)
    for i, item in enumerate(old, start=1):
        if item.id not in new_by_id:  # type: ignore[attr-defined]
            changes.append(FieldChange(_join(where, item_name(item, i, noun)), "", item, None, MEANING, REMOVED))
    if [v.id for v in old if v.id in new_by_id] != [v.id for v in new if v.id in old_by_id]:  # type: ignore[attr-defined]
        changes.append(FieldChange(where, f"volgorde van {label}", None, None, WORDING))
    return changes


def diff_snapshots(old: Snapshot, new: Snapshot) -> list[RecordChange]:
    """Every record that differs; records with meaning changes first, then by kind and title."""
    result: list[RecordChange] = []
    renamed: dict[tuple[str, str], tuple[str, str]] = {}  # new key -> old key, via `former_ids`
    for key, (_, record) in new.records.items():
        if key not in old.records:
            for former in getattr(record, "former_ids", []) or []:
                if (key[0], former) in old.records and (key[0], former) not in new.records:
                    renamed[key] = (key[0], former)
    gone = set(renamed.values())
    for key, (path, record) in new.records.items():
        before_key = renamed.get(key, key)
        if before_key not in old.records:
            result.append(RecordChange(key[0], key[1], record_title(record), ADDED, None, path, record=record))
            continue
        old_path, before = old.records[before_key]
        changes = diff_models(before, record)
        moved = old_path != path or before_key != key
        if moved:
            result.append(RecordChange(key[0], key[1], record_title(record), MOVED, old_path, path, changes, record))
        elif changes:
            result.append(RecordChange(key[0], key[1], record_title(record), CHANGED, old_path, path, changes, record))
    for key, (path, record) in old.records.items():
        if key not in new.records and key not in gone:
            result.append(RecordChange(key[0], key[1], record_title(record), REMOVED, path, None))
    kinds = list(KIND_NOUNS)
    result.sort(key=lambda r: (r.weight != MEANING, kinds.index(r.kind) if r.kind in kinds else 99, r.title.casefold()))
    return result
