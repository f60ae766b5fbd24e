"""What every check sees: the valid files with their positions, the corpus, and the sources' texts.

A check reports a :class:`DataError` at `file:line:col` in a data file, in Dutch, like the loader does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Protocol

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataError, display_path
from kaderwijzer.model.sources import local_copy_path

Loc = tuple[Any, ...]


class FileRecord(Protocol):
    """One valid data file: its kind, its record and the YAML it was read from (see `loader.Loaded`)."""

    kind: str
    record: Any
    doc: Any  # YamlDocument


@dataclass
class SourceText:
    """The local text copy of one source, read once."""

    source: str
    path: Path
    text: str
    _flat: str | None = None

    @property
    def flat(self) -> str:
        """The text with every run of white space as one space."""
        if self._flat is None:
            self._flat = re.sub(r"\s+", " ", self.text)
        return self._flat

    @property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines()]


@dataclass
class CheckContext:
    corpus: Corpus
    files: list[FileRecord]
    texts: dict[str, SourceText] = field(default_factory=dict)  # source id -> its text, where available
    errors: list[DataError] = field(default_factory=list)
    # False when a data file could not be read or failed its own checks: what it holds is not in the
    # corpus, so "the source has X but no record holds it" would be a follow-up error, not a finding.
    complete: bool = True

    def fail(self, item: FileRecord, loc: Loc, message: str, check: str = "source") -> None:
        self.errors.append(replace(item.doc.error(loc, message), check=check))

    def of_kind(self, kind: str) -> list[FileRecord]:
        return [f for f in self.files if f.kind == kind]

    def file_of(self, kind: str, ident: str) -> FileRecord | None:
        return next((f for f in self.files if f.kind == kind and getattr(f.record, "id", None) == ident), None)

    def source_file(self, source: str) -> FileRecord | None:
        return self.file_of("source", source)


def read_texts(corpus: Corpus) -> tuple[dict[str, SourceText], list[str]]:
    """Texts of the sources whose local copy is a readable text file; and the ids of sources without one."""
    texts: dict[str, SourceText] = {}
    missing: list[str] = []
    for source in corpus.sources.values():
        path = local_copy_path(source, corpus.seeds_dir) if corpus.seeds_dir is not None else None
        if path is None or path.suffix not in (".txt", ".md") or not path.is_file():
            missing.append(source.id)
            continue
        try:
            texts[source.id] = SourceText(source.id, path, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            missing.append(source.id)
    return texts, sorted(missing)


def walk(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every value in raw YAML data with its location, parents before children."""
    yield loc, value
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from walk(inner, loc + (key,))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from walk(inner, loc + (i,))


def cited_sources(data: Any) -> set[str]:
    """Ids of every source a file's raw data cites."""
    return {v["source"] for _, v in walk(data) if isinstance(v, dict) and isinstance(v.get("source"), str)}


def field_of(loc: Loc) -> str:
    return next((str(p) for p in reversed(loc) if isinstance(p, str)), "")


def shown_path(path: Path) -> str:
    return display_path(path)
