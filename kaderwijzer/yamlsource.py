"""Read one YAML file into plain data plus the position of every node.

We compose the node graph with libyaml (fast, keeps marks) and build the
Python values ourselves, so that duplicate keys and aliases are caught and
every value keeps its `line:col` for error reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from kaderwijzer.errors import DataError, display_path

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 1_000_000
SCHEMA_COMMENT = "# yaml-language-server: $schema="

PathKey = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """Plain data of one file and where each value and key sits."""

    path: Path
    data: Any
    value_marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def locate(self, loc: PathKey, key: bool = False) -> tuple[int, int]:
        """Line and column of the deepest known node on `loc` (1-based)."""
        marks = self.key_marks if key else self.value_marks
        for end in range(len(loc), -1, -1):
            prefix = tuple(loc[:end])
            if prefix in marks:
                return marks[prefix]
            if key and prefix in self.value_marks:
                return self.value_marks[prefix]
        return (1, 1)

    def error(self, loc: PathKey, message: str, key: bool = False) -> DataError:
        line, col = self.locate(loc, key=key)
        return DataError(display_path(self.path), line, col, message)


class YamlProblem(Exception):
    def __init__(self, line: int, col: int, message: str):
        self.line, self.col, self.message = line, col, message
        super().__init__(message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns a composed node graph into dicts, lists and scalars."""

    def __init__(self, doc: YamlDocument):
        self.doc = doc
        self.seen: set[int] = set()
        self.constructor = SafeConstructor()

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        # A node reached twice is an alias: refuse it, so aliases cannot blow up size.
        if id(node) in self.seen:
            line, col = _mark(node)
            raise YamlProblem(line, col, "deze waarde wordt via een YAML-anker (`&`) en alias (`*`) hergebruikt; ankers en aliassen zijn niet toegestaan, schrijf de waarde uit")
        self.seen.add(id(node))
        self.doc.value_marks[path] = _mark(node)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    line, col = _mark(key_node)
                    raise YamlProblem(line, col, "een sleutel moet een gewone tekst zijn")
                if key_node.tag == "tag:yaml.org,2002:merge":
                    line, col = _mark(key_node)
                    raise YamlProblem(line, col, "samenvoegen met `<<` is niet toegestaan; schrijf de velden uit")
                key = str(key_node.value)
                if key in result:
                    line, col = _mark(key_node)
                    first = self.doc.key_marks[path + (key,)]
                    raise YamlProblem(
                        line, col, f"sleutel `{key}` staat twee keer in dezelfde mapping (eerder op regel {first[0]})"
                    )
                self.doc.key_marks[path + (key,)] = _mark(key_node)
                result[key] = self.build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        try:
            return self.constructor.construct_object(node)
        except (ConstructorError, ValueError) as exc:
            line, col = _mark(node)
            raise YamlProblem(line, col, f"waarde `{node.value}` is ongeldig: {exc}") from None


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
    for number, line_text in enumerate(text.splitlines(), start=1):
        indent = line_text[: len(line_text) - len(line_text.lstrip(" \t"))]
        if "\t" in indent:
            raise YamlProblem(number, indent.index("\t") + 1, "tab gebruikt voor inspringen; gebruik spaties")
    if "\x00" in text:
        raise YamlProblem(1, 1, "bestand bevat een NUL-teken")
    return text


def read_yaml(path: Path, schema_ref: str | None = None) -> YamlDocument | DataError:
    """Parse one file; return the document or a located error."""
    doc = YamlDocument(path=path, data=None)
    try:
        text = _check_bytes(path.read_bytes())
        first = text.split("\n", 1)[0].strip()
        if schema_ref is not None and first != SCHEMA_COMMENT + schema_ref:
            raise YamlProblem(1, 1, f"eerste regel moet `{SCHEMA_COMMENT}{schema_ref}` zijn (voor aanvulling in de editor)")
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            problem = exc.problem or "YAML-fout"
            context = f" ({exc.context})" if exc.context else ""
            raise YamlProblem(line, col, f"YAML-syntaxfout: {problem}{context}") from None
        if node is None:
            raise YamlProblem(1, 1, "bestand bevat alleen commentaar; er staat geen gegevens in")
        if not isinstance(node, yaml.MappingNode):
            line, col = _mark(node)
            raise YamlProblem(line, col, "het bestand moet een mapping zijn (`sleutel: waarde`)")
        doc.data = _Builder(doc).build(node, ())
    except YamlProblem as problem:
        return DataError(display_path(path), problem.line, problem.col, problem.message)
    except yaml.YAMLError as exc:  # anything libyaml reports without a mark
        return DataError(display_path(path), 1, 1, f"YAML-fout: {exc}")
    return doc
