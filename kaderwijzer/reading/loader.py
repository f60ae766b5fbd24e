"""Read all of `data/`, validate every file, then check the corpus as a whole.

`load_corpus` either returns a valid, indexed :class:`Corpus` or raises
:class:`DataErrors` with every problem found, each at `path:line:col`.
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from pydantic import ValidationError

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataError, DataErrors, display_path, suggest
from kaderwijzer.reading.checks import CheckResult, run_checks, texts_line
from kaderwijzer.reading.messages import is_placeholder, known_ids, pydantic_message
from kaderwijzer.model import FILE_MODELS, SLUG_PATTERN, Record
from kaderwijzer.model.sources import default_seeds_dir, local_copy_path
from kaderwijzer.reading.itemkinds import item_kind_errors
from kaderwijzer.reading.yamlsource import YamlDocument, read_yaml

# Folder under data/ -> kind of record, and whether files sit one level deeper (per region).
LAYOUT: dict[str, tuple[str, bool]] = {
    "sources": ("source", False),
    "regions": ("region", False),
    "documents": ("document", False),
    "sections": ("section", True),
    "segments": ("segment", True),
    "glossary": ("term", False),
    "decisions": ("decisions", False),
    "milestones": ("milestones", False),
}
SCHEMA_DIR = "schema"
_SLUG = re.compile(SLUG_PATTERN)
TERM_CALL = re.compile(r"""term\(\s*["']([^"']+)["']""")


def schema_ref(kind: str, nested: bool) -> str:
    return ("../../" if nested else "../") + f"{SCHEMA_DIR}/{kind}.schema.json"


@dataclass
class Loaded:
    kind: str
    record: Record
    doc: YamlDocument


def data_files(data_dir: Path) -> Iterable[tuple[str, bool, Path]]:
    for folder, (kind, nested) in LAYOUT.items():
        base = data_dir / folder
        pattern = "*/*.yml" if nested else "*.yml"
        # Sorting by parts gives Path order without Path.__lt__, which is slow for thousands of files.
        for path in sorted(base.glob(pattern), key=lambda p: p.parts):
            yield kind, nested, path


def _stray_files(data_dir: Path, known: set[Path]) -> list[DataError]:
    """Files in data/ that the loader would silently skip."""
    known_names = {str(path) for path in known}
    errors = []
    for folder, subdirs, names in os.walk(data_dir):
        if folder == str(data_dir) and SCHEMA_DIR in subdirs:
            subdirs.remove(SCHEMA_DIR)
        for name in names:
            full = os.path.join(folder, name)
            if full in known_names or name.startswith(".") or name == "README.md":
                continue
            hint = " (gebruik de extensie `.yml`)" if name.endswith(".yaml") else ""
            errors.append(DataError(display_path(Path(full)), 1, 1, f"bestand staat niet op een bekende plek en wordt niet gelezen{hint}",
                                    check="placement"))
    return errors


def _validate_file(kind: str, doc: YamlDocument, known: dict[str, list[str]]) -> Loaded | list[DataError]:
    """One file against its model; `known` holds the valid ids read so far (`source`, `region`, and
    `document:<region>`), for the ids a `TODO` could be."""
    model = FILE_MODELS[kind]
    try:
        record = model.model_validate(doc.data)
    except ValidationError as exc:
        errors = []
        region = doc.data.get("region") if isinstance(doc.data, dict) else None

        def options(field: str) -> list[str]:
            return known.get(f"document:{region}", []) if field == "document" else known.get(field, [])

        for err in exc.errors(include_url=False):
            loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
            message, at_key = pydantic_message(err, model, lambda: doc.written(loc),
                                               options,
                                               doc.known_prefix(loc) if err["type"] != "missing" else loc)
            if err["type"] == "missing":
                loc = loc[:-1]
            errors.append(doc.error(loc, message, key=at_key))
        return errors
    return Loaded(kind, record, doc)


class _Checker:
    """Corpus-wide checks: unique ids, resolvable references, file placement."""

    def __init__(self, loaded: list[Loaded], data_dir: Path, content_dir: Path | None, broken: set[str],
                 invalid: list[Loaded] | None = None, seeds_dir: Path | None = None):
        self.loaded = loaded
        self.invalid = invalid or []  # files with schema errors: only their references are checked
        self.seeds_dir = seeds_dir if seeds_dir is not None else default_seeds_dir(data_dir)
        self.data_dir = data_dir
        self.data_prefix = data_dir.as_posix().rstrip("/") + "/"  # every data file path starts with this
        self.broken = broken  # ids of files that failed validation: no follow-up "unknown id" noise
        self.content_dir = content_dir
        self.errors: list[DataError] = []
        self.corpus = Corpus(seeds_dir=self.seeds_dir)
        self.owner: dict[tuple[str, str], Loaded] = {}

    def fail(self, item: Loaded, loc: tuple[Any, ...], message: str) -> None:
        self.errors.append(replace(item.doc.error(loc, message), check="reference"))

    def register(self, item: Loaded, kind: str, ident: str, loc: tuple[Any, ...], store: dict[str, Any], record: Any) -> None:
        key = (kind, ident)
        if key in self.owner:
            first = self.owner[key].doc
            line, _ = first.locate(loc)
            self.fail(item, loc, f"id `{ident}` bestaat al in {display_path(first.path)}:{line}")
            return
        self.owner[key] = item
        store[ident] = record

    def run(self) -> Corpus:
        c = self.corpus
        for item in self.loaded:
            r = item.record
            rel = item.doc.path
            if item.kind in ("source", "region", "document", "section", "segment", "term"):
                store = {"source": c.sources, "region": c.regions, "document": c.documents, "section": c.sections,
                         "segment": c.segments, "term": c.terms}[item.kind]
                self.register(item, item.kind, r.id, ("id",), store, r)
                if rel.stem != r.id:
                    self.fail(item, ("id",), f"id `{r.id}` moet gelijk zijn aan de bestandsnaam `{rel.stem}`")
                c.files[(item.kind, r.id)] = rel.as_posix()[len(self.data_prefix):]
                for i, former in enumerate(getattr(r, "former_ids", []) if item.kind == "term" else []):
                    self.register(item, "term", former, ("former_ids", i), c.former_terms, r.id)
            elif item.kind == "decisions":
                c.decision_lists.append(r)
                for i, d in enumerate(r.decisions):
                    self.register(item, "decision", d.id, ("decisions", i, "id"), {}, d)
            elif item.kind == "milestones":
                c.milestone_lists.append(r)
                for i, m in enumerate(r.milestones):
                    self.register(item, "milestone", m.id, ("milestones", i, "id"), {}, m)
        for item in [*self.loaded, *self.invalid]:
            self.check_refs(item)
        self.check_term_calls()
        return c

    def ref(self, item: Loaded, loc: tuple[Any, ...], value: str | None, kind: str, store: dict[str, Any]) -> None:
        # A `TODO` placeholder already has its own message, saying what to fill in.
        # An id that is not even well-formed already has its own message too.
        if (value is not None and value not in store and value not in self.broken and not is_placeholder(value)
                and _SLUG.match(value)):
            options = list(store)
            region = _text(item.doc.data, "region") if isinstance(item.doc.data, dict) else None
            if kind == "document" and region is not None:
                options = [d for d, doc in store.items() if doc.region == region] or options
            self.fail(item, loc, f"{'onbekende' if kind == 'regio' else 'onbekend'} {kind} `{value}`"
                                 f"{suggest(value, options) or known_ids(options)}")

    def check_refs(self, item: Loaded) -> None:
        # Reads the raw data, so a file that failed schema validation still gets its references checked:
        # an editor sees every problem of a file in one run, not the next one after each fix.
        c, data, kind = self.corpus, item.doc.data, item.kind
        if not isinstance(data, dict):
            return
        if kind == "source" and item.record is not None:
            self.check_local_copy(item)
        region, document = _text(data, "region"), _text(data, "document")
        if "region" in data:
            self.ref(item, ("region",), region, "regio", c.regions)
            if kind in ("section", "segment") and region is not None and item.doc.path.parent.name != region:
                self.fail(item, ("region",), f"bestand staat in map `{item.doc.path.parent.name}` maar `region` is `{region}`")
        if "document" in data:
            self.ref(item, ("document",), document, "document", c.documents)
            doc = c.documents.get(document or "")
            if doc is not None and region is not None and doc.region != region:
                self.fail(item, ("document",), f"document `{document}` hoort bij regio `{doc.region}`, niet bij `{region}`")
        if kind == "document":
            self.ref(item, ("follows",), _text(data, "follows"), "document", c.documents)
            self.ref(item, ("part_of",), _text(data, "part_of"), "document", c.documents)
        if kind == "segment":
            for i, other in _texts(data, "related"):
                self.ref(item, ("related", i), other, "segment", c.segments)
                if other == data.get("id"):
                    self.fail(item, ("related", i), "een segment kan geen raakvlak met zichzelf hebben")
        if kind == "section":
            for i, other in _texts(data, "related_sections"):
                self.ref(item, ("related_sections", i), other, "hoofdstuk", c.sections)
            self.errors.extend(replace(e, check="reference") for e in item_kind_errors(item.doc, c.documents))
        if kind == "term":
            for i, other in _texts(data, "see_also"):
                self.ref(item, ("see_also", i), other, "begrip", c.terms)
            definitions = data.get("definitions")
            for i, d in enumerate(definitions if isinstance(definitions, list) else []):
                if isinstance(d, dict):
                    self.ref(item, ("definitions", i, "region"), _text(d, "region"), "regio", c.regions)
        for loc, citation in _sources(data):
            if isinstance(citation, dict) and isinstance(citation.get("source"), str):
                ident = citation["source"]
                if ident not in c.sources and ident not in self.broken and not is_placeholder(ident) and _SLUG.match(ident):
                    self.fail(item, loc + ("source",), f"onbekende bron `{ident}`{suggest(ident, c.sources) or known_ids(list(c.sources))}; "
                                                       "elke bron staat als bestand in data/sources/")

    def check_local_copy(self, item: Loaded) -> None:
        path = local_copy_path(item.record, self.seeds_dir)
        if path is not None and not path.is_file():
            self.fail(item, ("local_copy",), f"lokale kopie `{item.record.local_copy}` bestaat niet in {display_path(self.seeds_dir)}; "
                                             "zet het bestand daar neer, of laat `local_copy` weg als er geen kopie is")

    def check_term_calls(self) -> None:
        if self.content_dir is None or not self.content_dir.is_dir():
            return
        for page in sorted(self.content_dir.rglob("*.md")):
            for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
                for match in TERM_CALL.finditer(line):
                    ident = match.group(1)
                    if ident not in self.corpus.terms and ident not in self.corpus.former_terms:
                        self.errors.append(DataError(display_path(page), number, match.start(1) + 1,
                                                     f"onbekend begrip `{ident}`{suggest(ident, self.corpus.terms)}",
                                                     check="reference"))


def _text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _texts(data: dict[str, Any], key: str) -> list[tuple[int, str]]:
    value = data.get(key)
    return [(i, v) for i, v in enumerate(value) if isinstance(v, str)] if isinstance(value, list) else []


def _sources(data: Any) -> Iterable[tuple[tuple[Any, ...], Any]]:
    """Every `source`/`sources` entry in raw data, with its location."""
    todo: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    while todo:
        loc, node = todo.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            if key == "sources" and isinstance(value, list):
                for i, s in enumerate(value):
                    yield loc + (key, i), s
            elif isinstance(value, (dict, list)):
                todo.append((loc + (key,), value))


def load_corpus(data_dir: Path, content_dir: Path | None = None, seeds_dir: Path | None = None,
                texts: bool = True, notes: list[str] | None = None) -> Corpus:
    """Load and check everything; raise DataErrors listing every problem.

    `seeds_dir` is the folder of local copies of source documents (default: see `sources.default_seeds_dir`).
    With `texts`, the data is also compared with every source text that is available (`reading.checks`);
    `notes` receives one line naming the sources that had no text to compare with.
    """
    # Loading allocates many objects and frees almost none, so the cyclic garbage collector would rescan an
    # ever larger heap (half the load time at 5,000 segments). Nothing here leaves reference cycles behind.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_corpus(Path(data_dir), content_dir, seeds_dir, texts, notes)
    finally:
        if was_enabled:
            gc.enable()


def _load_corpus(data_dir: Path, content_dir: Path | None, seeds_dir: Path | None, texts: bool,
                 notes: list[str] | None) -> Corpus:
    corpus, errors, checked = check_data(data_dir, content_dir, seeds_dir, texts)
    line = texts_line(checked, len(corpus.sources))
    if notes is not None and line:
        notes.append(line)
    if errors:
        raise DataErrors(errors)
    return corpus.index()


def check_data(data_dir: Path, content_dir: Path | None = None, seeds_dir: Path | None = None,
               texts: bool = True) -> tuple[Corpus, list[DataError], CheckResult]:
    """Every check `validate` runs: the files (`read_data`), then the corpus checks. What the sources have and
    no record holds is only reported once every file loaded; before that it would be a follow-up error."""
    corpus, loaded, errors = read_data(data_dir, content_dir, seeds_dir)
    complete = not any(e.check in ("syntax", "schema", "placement") for e in errors)
    checked = run_checks(corpus, loaded, texts, complete=complete)  # type: ignore[arg-type]
    return corpus, errors + checked.errors, checked


def read_data(data_dir: Path, content_dir: Path | None = None,
              seeds_dir: Path | None = None) -> tuple[Corpus, list[Loaded], list[DataError]]:
    """Every file read and checked on its own and against the others, before the corpus checks
    (`reading.checks`): the corpus of the valid files, those files, and the errors so far."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataErrors([DataError(display_path(data_dir), 1, 1, "map met gegevens bestaat niet")])
    files = list(data_files(data_dir))
    errors: list[DataError] = _stray_files(data_dir, {path for _, _, path in files})
    loaded: list[Loaded] = []
    invalid: list[Loaded] = []
    broken: set[str] = set()
    known: dict[str, list[str]] = {}  # valid ids so far, for the ids a `TODO` could be (sources load first)
    for kind, nested, path in files:
        doc = read_yaml(path, schema_ref(kind, nested))
        if isinstance(doc, DataError):
            errors.append(replace(doc, check="syntax"))  # a file that cannot be read stops only itself
            broken.add(path.stem)
            continue
        result = _validate_file(kind, doc, known)
        if isinstance(result, list):
            errors.extend(result)
            if isinstance(doc.data, dict) and isinstance(doc.data.get("id"), str):
                broken.add(doc.data["id"])
            invalid.append(Loaded(kind, None, doc))  # type: ignore[arg-type]
        else:
            loaded.append(result)
            if kind == "document":  # documents load before the records that name them
                known.setdefault(f"document:{result.record.region}", []).append(result.record.id)
            elif kind in ("source", "region"):
                known.setdefault(kind, []).append(result.record.id)
    checker = _Checker(loaded, data_dir, content_dir, broken, invalid, seeds_dir)
    corpus = checker.run()
    errors.extend(checker.errors)
    return corpus, loaded, errors
