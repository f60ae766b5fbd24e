"""Read one YAML file into plain data, and find the `line:col` of any value when an error needs it.

libyaml's C parser turns the text into a stream of events (fast, with marks,
without recursion); we build the Python values from those events ourselves.
That way duplicate keys, anchors and aliases, tags and absurd nesting are
refused before they can cost time or memory. Positions of values are collected
only for files that have an error (see `YamlDocument.locate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from kaderwijzer.model.errors import DataError, display_path, shorten
from kaderwijzer.reading.yamlhints import explain

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 1_000_000
# Real records nest 5 levels deep (segment > development_potential > group > items > item).
MAX_DEPTH = 20
SCHEMA_COMMENT = "# yaml-language-server: $schema="

PathKey = tuple[str | int, ...]

# Characters YAML does not allow (C0/C1 controls, DEL, non-characters), and line breaks that libyaml counts
# but editors do not (NEL, U+2028, U+2029, a lone CR): those would make every line number after them wrong.
# (A plain character class: regex engines scan for those fast; an alternation would be 5x slower.)
_FORBIDDEN_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_LONE_CR = re.compile("\r(?!\n)")
_ODD_LINE_BREAKS = "\x85\u2028\u2029"
_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution); anything else is text.
_CORE_FIRST = frozenset("~nNtTfF-+.0123456789") | {""}  # first characters that may start a non-text value
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT = re.compile(r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z")


@dataclass
class YamlDocument:
    """Plain data of one file and where each value and key sits.

    Positions are only needed when something is wrong, so they are collected on first use by parsing the
    file a second time; loading a valid corpus never pays for them.
    """

    path: Path
    data: Any
    value_marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    scalar_text: dict[PathKey, str] = field(default_factory=dict)  # scalars as written, quotes included
    marked: bool = False

    def _collect_marks(self) -> None:
        self.marked = True
        try:
            parser = _parser(_check_bytes(self.path.read_bytes()))
            try:
                _build(parser.get_event, self)
            finally:
                parser.dispose()
        except (OSError, YamlProblem, yaml.YAMLError):
            pass  # the file changed since it was read; errors then point at line 1

    def locate(self, loc: PathKey, key: bool = False) -> tuple[int, int]:
        """Line and column of the deepest known node on `loc` (1-based)."""
        if not self.marked:
            self._collect_marks()
        marks = self.key_marks if key else self.value_marks
        for end in range(len(loc), -1, -1):
            prefix = tuple(loc[:end])
            if prefix in marks:
                return marks[prefix]
            if key and prefix in self.value_marks:
                return self.value_marks[prefix]
        return (1, 1)

    def known_prefix(self, loc: PathKey) -> PathKey:
        """The longest part of `loc` that is in the file (a value the model made up, like `text` for a plain
        string that became `{text: ...}`, is not)."""
        if not self.marked:
            self._collect_marks()
        for end in range(len(loc), 0, -1):
            if tuple(loc[:end]) in self.value_marks or tuple(loc[:end]) in self.key_marks:
                return tuple(loc[:end])
        return ()

    def written(self, loc: PathKey) -> str | None:
        """The text of the scalar at `loc` as the editor wrote it (`no`, `"2024-01-01"`), if it is one."""
        if not self.marked:
            self._collect_marks()
        return self.scalar_text.get(tuple(loc))

    def error(self, loc: PathKey, message: str, key: bool = False) -> DataError:
        line, col = self.locate(loc, key=key)
        return DataError(display_path(self.path), line, col, message)


class YamlProblem(Exception):
    def __init__(self, line: int, col: int, message: str):
        self.line, self.col, self.message = line, col, message
        super().__init__(message)


def _mark(event: yaml.Event) -> tuple[int, int]:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line_start = text.rfind("\n", 0, index) + 1
    return (text.count("\n", 0, index) + 1, index - line_start + 1)


def _scalar(event: ScalarEvent) -> Any:
    """The Python value of a plain scalar, resolved by the YAML 1.2 core schema, as editors' YAML tooling does.

    So `code: no` is the text "no" (not false, as YAML 1.1 would have it) and a date is text until the model
    reads it as a date: the CLI and the editor accept and refuse the same values.
    """
    value = event.value
    if value in _NULLS:
        return None
    if value in _BOOLS:
        return _BOOLS[value]
    if _INT.match(value):
        return int(value, 8) if value.startswith("0o") else int(value, 16) if value.startswith("0x") else int(value)
    if _FLOAT.match(value):
        return float(value.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf")
                     .replace(".nan", "nan").replace(".NaN", "nan").replace(".NAN", "nan"))
    return value


def _refuse_properties(event: yaml.Event) -> None:
    if event.anchor is not None:
        line, col = _mark(event)
        raise YamlProblem(line, col, "YAML-ankers (`&`) en aliassen (`*`) zijn niet toegestaan; schrijf de waarde uit")
    if event.tag is not None:
        line, col = _mark(event)
        tag = event.tag.replace("tag:yaml.org,2002:", "!!")
        raise YamlProblem(line, col, f"YAML-tags zoals `{shorten(tag, 40)}` zijn niet toegestaan; schrijf de waarde gewoon uit")


class _NeedsMarks(Exception):
    """The fast pass found a problem whose message needs positions it did not keep."""


def _build(next_event: Callable[[], yaml.Event | None], doc: YamlDocument | None) -> Any:
    """Dicts, lists and scalars from the event stream; with `doc`, every position goes into it.

    This loop runs once per node of every file, so it is written flat: no helper calls on the common path,
    and without `doc` no paths or positions are built at all.
    """
    marked = doc is not None
    value_marks = doc.value_marks if doc is not None else {}
    key_marks = doc.key_marks if doc is not None else {}
    containers: list[Any] = []  # open mappings and sequences, innermost last
    paths: list[PathKey] = []  # their paths (only when marked)
    pending: list[str | None] = []  # per open mapping: the key whose value comes next
    root: Any = None
    documents = 0
    path: PathKey = ()
    while (event := next_event()) is not None:  # a plain loop: no generator overhead per event
        kind = event.__class__
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None:
                _refuse_properties(event)
            parent = containers[-1] if containers else None
            if parent.__class__ is dict and pending[-1] is None:
                if kind is not ScalarEvent:
                    raise YamlProblem(*_mark(event), "een sleutel moet een gewone tekst zijn")
                key = event.value
                if key == "<<" and event.implicit[0]:
                    raise YamlProblem(*_mark(event), "samenvoegen met `<<` is niet toegestaan; schrijf de velden uit")
                if key in parent:
                    if not marked:
                        raise _NeedsMarks  # the message names the line of the first occurrence
                    raise YamlProblem(*_mark(event), f"sleutel `{shorten(key)}` staat twee keer in hetzelfde onderdeel "
                                                     f"(eerder op regel {key_marks[paths[-1] + (key,)][0]})")
                if marked:
                    start = event.start_mark
                    key_marks[paths[-1] + (key,)] = (start.line + 1, start.column + 1)
                pending[-1] = key
                continue
            if parent is None:
                if kind is not MappingStartEvent:
                    raise YamlProblem(*_mark(event), "het bestand moet uit velden bestaan (regels als `sleutel: waarde`), niet uit een lijst of losse tekst")
            if marked:
                if parent is None:
                    path = ()
                elif parent.__class__ is dict:
                    path = paths[-1] + (pending[-1],)
                else:
                    path = paths[-1] + (len(parent),)
                start = event.start_mark
                value_marks[path] = (start.line + 1, start.column + 1)
                if kind is ScalarEvent:
                    quote = event.style if event.style in ("'", '"') else ""
                    doc.scalar_text[path] = quote + event.value + quote  # type: ignore[union-attr]
            if kind is ScalarEvent:
                value = event.value
                if event.implicit[0] and value[:1] in _CORE_FIRST:  # plain scalar that may be a number, null, ...
                    value = _scalar(event)
            else:
                if len(containers) >= MAX_DEPTH:
                    raise YamlProblem(*_mark(event), f"de gegevens zijn te diep genest (meer dan {MAX_DEPTH} niveaus)")
                value = {} if kind is MappingStartEvent else []
            if parent is None:
                root = value
            elif parent.__class__ is dict:
                parent[pending[-1]] = value
                pending[-1] = None
            else:
                parent.append(value)
            if kind is not ScalarEvent:
                containers.append(value)
                pending.append(None)
                if marked:
                    paths.append(path)
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            containers.pop()
            pending.pop()
            if marked:
                paths.pop()
        elif kind is AliasEvent:
            raise YamlProblem(*_mark(event), "YAML-ankers (`&`) en aliassen (`*`) zijn niet toegestaan; schrijf de waarde uit")
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise YamlProblem(*_mark(event), "het bestand bevat meer dan één YAML-document (`---`); zet elk record in een eigen bestand")
    return root


def _parser(text: str) -> Any:
    """An event parser for `text` that cannot stop on a nesting limit of its own before our check runs.

    libyaml reads a whole line ahead while `[` or `{` may still start a key, and some versions give up
    at their own depth limit (English message, wrong column) before emitting the events our check counts.
    Only a line with more openers than we allow can get there, so such rare files go to PyYAML's
    pure-Python parser, which has no limit and hands us events as it goes.
    """
    if text.count("[") + text.count("{") > MAX_DEPTH:
        if any(line.count("[") + line.count("{") > MAX_DEPTH for line in text.split("\n")):
            return yaml.SafeLoader(text)
    return _Loader(text)


def _check_bytes(raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise YamlProblem(1, 1, f"bestand is te groot ({len(raw):,} bytes, maximaal {MAX_FILE_BYTES:,})")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise YamlProblem(1, 1, "bestand begint met een byte-order mark (BOM); sla op als UTF-8 zonder BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(line, col, f"geen geldige UTF-8: byte 0x{raw[exc.start]:02x}; sla op als UTF-8") from None
    if not text.strip():
        raise YamlProblem(1, 1, "bestand is leeg")
    bad = _FORBIDDEN_CHAR.search(text) or ("\r" in text and _LONE_CR.search(text))
    if bad:
        line, col = _position(text, bad.start())
        char = bad.group()
        if char == "\r":
            raise YamlProblem(line, col, "regeleinde met alleen CR (oude Mac-stijl); sla op met gewone regeleinden (LF)")
        if char in _ODD_LINE_BREAKS:
            raise YamlProblem(line, col, f"ongewoon regeleinde U+{ord(char):04X} (vaak meegekopieerd uit Word of pdf); "
                                         "vervang het door een gewone Enter")
        raise YamlProblem(line, col, f"onzichtbaar stuurteken U+{ord(char):04X} in de tekst; haal het weg")
    tab = "\t" in text and _TAB_INDENT.search(text)
    if tab:
        line, col = _position(text, tab.end() - 1)
        raise YamlProblem(line, col, "tab gebruikt voor inspringen; gebruik spaties")
    return text


def read_yaml(path: Path, schema_ref: str | None = None) -> YamlDocument | DataError:
    """Parse one file; return the document or a located error."""
    doc = YamlDocument(path=path, data=None)
    text = ""
    try:
        text = _check_bytes(path.read_bytes())
        first = text.split("\n", 1)[0].strip()
        if schema_ref is not None and first != SCHEMA_COMMENT + schema_ref:
            raise YamlProblem(1, 1, f"eerste regel moet `{SCHEMA_COMMENT}{schema_ref}` zijn (voor aanvulling in de editor)")
        parser = _parser(text)
        try:
            try:
                doc.data = _build(parser.get_event, None)
            except _NeedsMarks:
                parser.dispose()
                parser = _parser(text)
                doc.data = _build(parser.get_event, doc)  # raises the located problem
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            raise YamlProblem(line, col, explain(exc)) from None
        finally:
            parser.dispose()
        if doc.data is None:
            raise YamlProblem(1, 1, "bestand bevat alleen commentaar; er staat geen gegevens in")
    except YamlProblem as problem:
        return DataError(display_path(path), problem.line, problem.col, problem.message)
    except yaml.reader.ReaderError as exc:
        line, col = _position(text, exc.position) if text else (1, 1)
        return DataError(display_path(path), line, col, explain(exc))
    except yaml.YAMLError as exc:  # anything libyaml reports without a mark
        return DataError(display_path(path), 1, 1, explain(exc))
    return doc
