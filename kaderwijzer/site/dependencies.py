"""Which pages show which record: read from the corpus while a build renders, not guessed.

Under `mkdocs serve` the corpus's record stores are swapped for look-alikes that note every record a page
reads (`track`): a lookup by id notes that record, a walk over a whole store (an overview) notes the whole
kind. The page is the one MkDocs is rendering at that moment (`config._current_page`); reads outside a page
(navigation, specs, downloads) belong to no page. After a save, `changed_records` says which records
differ; `ReadLog.pages_for` then gives the pages to render first. A change the map cannot judge (records
added, removed or moved, links between records, glossary terms, which every page's term links use) gives
None: rebuild everything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.sources import citations_in

Key = tuple[str, str]  # (kind, record id)
RECORD_KINDS = ("sources", "regions", "documents", "sections", "segments")
LIST_KINDS = ("decision_lists", "milestone_lists")
DOWNLOADS = "downloads"  # not a record: the files of the Downloads page, whose sizes that page shows
CHANGES = "changes"  # not a record either: the change log (from git), which names records by their current title
# Derived indexes: store name -> kind of the records in its lists.
INDEXES = {"segments_by_document": "segments", "sections_by_document": "sections", "documents_by_region": "documents"}


class ReadLog:
    """Record -> the pages that read it; kind -> the pages that read all of it.

    Only reads while a page's content is made count (Markdown, macros, term links): that is what a visitor
    sees. MkDocs' second pass over the pages (`content_done`) reads records only for the search attributes
    (kaderwijzer/site/search.py), which the full build after every change brings up to date with the index.
    """

    def __init__(self, current_page: Callable[[], str | None]) -> None:
        self._current = current_page
        self.by_record: dict[Key, set[str]] = defaultdict(set)
        self.by_kind: dict[str, set[str]] = defaultdict(set)
        self.content_done = False

    def content_finished(self) -> None:
        self.content_done = True

    @contextmanager
    def content(self) -> Iterator[None]:
        """Count reads again while a page's content is made outside a full build (`mkdocs serve`'s updates)."""
        done, self.content_done = self.content_done, False
        try:
            yield
        finally:
            self.content_done = done

    def forget(self, page: str) -> None:
        """Drop what `page` read: it is about to be made again, and notes its reads anew."""
        for pages in (*self.by_record.values(), *self.by_kind.values()):
            pages.discard(page)

    def read(self, kind: str, ident: Any) -> None:
        page = None if self.content_done else self._current()
        if page is not None:
            self.by_record[(kind, ident)].add(page)

    def read_all(self, kind: str) -> None:
        page = None if self.content_done else self._current()
        if page is not None:
            self.by_kind[kind].add(page)

    def pages_for(self, changed: Iterable[Key]) -> set[str]:
        pages: set[str] = set()
        for kind, ident in changed:
            pages |= self.by_record.get((kind, ident), set())
            pages |= self.by_kind.get(kind, set())
        return pages


class _Logged(dict):
    """A dict of one kind of record whose walks (iteration, keys, values, items) read the whole kind."""

    def __init__(self, items: dict, kind: str, log: ReadLog) -> None:
        super().__init__(items)
        self._kind, self._log = kind, log

    def __iter__(self) -> Iterator[Any]:
        self._log.read_all(self._kind)
        return super().__iter__()

    def keys(self) -> Any:
        self._log.read_all(self._kind)
        return super().keys()

    def values(self) -> Any:
        self._log.read_all(self._kind)
        return super().values()

    def items(self) -> Any:
        self._log.read_all(self._kind)
        return super().items()


class _Records(_Logged):
    """A record store that tells the log what is read from it."""

    def __getitem__(self, key: Any) -> Any:
        self._log.read(self._kind, key)
        return super().__getitem__(key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._log.read(self._kind, key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self._log.read(self._kind, key)
        return super().__contains__(key)


class _Index(_Logged):
    """A derived index (key -> list of records): reading a list reads each record in it."""

    def _note(self, records: Any) -> Any:
        for record in records or ():
            self._log.read(self._kind, record.id)
        return records

    def __getitem__(self, key: Any) -> Any:
        return self._note(super().__getitem__(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return self._note(super().get(key, default))


class _Lists(list):
    """Decision or milestone lists: any walk over them reads them all."""

    def __init__(self, items: list, kind: str, log: ReadLog) -> None:
        super().__init__(items)
        self._kind, self._log = kind, log

    def __iter__(self) -> Iterator[Any]:
        self._log.read_all(self._kind)
        return super().__iter__()


class _LoggedPart:
    """A part of a build that is not a record (the staged downloads, the change log): a page that reads it, or
    just its `attribute`, reads the kind."""

    def __init__(self, part: Any, kind: str, log: ReadLog, attribute: str | None = None) -> None:
        self._part, self._kind, self._log, self._attribute = part, kind, log, attribute

    def __getattr__(self, name: str) -> Any:
        if self._attribute in (None, name):
            self._log.read_all(self._kind)
        return getattr(self._part, name)


def unwrapped(part: Any) -> Any:
    return part._part if isinstance(part, _LoggedPart) else part


def track_site(site: Any, log: ReadLog) -> None:
    """`track` the site's corpus; note the pages that show the downloads' sizes (Downloads) or the change log."""
    track(site.corpus, log)
    if site.downloads is not None and not isinstance(site.downloads, _LoggedPart):
        site.downloads = _LoggedPart(site.downloads, DOWNLOADS, log, "sizes")
    if not isinstance(site.changes, _LoggedPart):
        site.changes = _LoggedPart(site.changes, CHANGES, log)


def track(corpus: Corpus, log: ReadLog) -> None:
    """Swap the corpus's stores for ones that report reads to `log` (same contents, same behaviour)."""
    for kind in RECORD_KINDS:
        setattr(corpus, kind, _Records(getattr(corpus, kind), kind, log))
    for name, kind in INDEXES.items():
        setattr(corpus, name, _Index(getattr(corpus, name), kind, log))
    for kind in LIST_KINDS:
        setattr(corpus, kind, _Lists(getattr(corpus, kind), kind, log))


def _plain(store: Any) -> dict:
    return dict(dict.items(store))


def structure(corpus: Corpus) -> tuple:
    """Everything about the corpus that decides which page shows which record: ids, files, links between
    records (both ways), order inside documents and regions, citations, and the glossary as a whole."""
    ids = tuple(tuple(sorted(_plain(getattr(corpus, kind)))) for kind in RECORD_KINDS)
    indexes = tuple(tuple((k, tuple(r.id for r in v)) for k, v in sorted(_plain(getattr(corpus, name)).items()))
                    for name in INDEXES)
    related = tuple(sorted((k, tuple(v)) for k, v in corpus.related_from.items()))
    links = tuple((s.id, tuple(s.related)) for s in sorted(_plain(corpus.segments).values(), key=lambda s: s.id))
    cited = tuple(sorted(((kind, ident), tuple(sorted({c.source for c in citations_in(record)})))
                         for kind in RECORD_KINDS for ident, record in _plain(getattr(corpus, kind)).items()))
    lists = tuple((kind, tuple((x.region, x.document) for x in list.__iter__(getattr(corpus, kind)))) for kind in LIST_KINDS)
    return (ids, indexes, related, links, cited, lists, sorted(corpus.files.items()), sorted(corpus.former_terms.items()),
            _plain(corpus.terms))


class Changes:
    """`changed_records` that remembers the structure of the corpus it saw last (computing it is the slow part)."""

    def __init__(self) -> None:
        self._seen: tuple[Corpus, tuple] | None = None

    def remember(self, corpus: Corpus) -> None:
        self._seen = (corpus, structure(corpus))

    def compare(self, old: Corpus, new: Corpus) -> set[Key] | None:
        before = self._seen[1] if self._seen is not None and self._seen[0] is old else structure(old)
        after = structure(new)
        self._seen = (new, after)
        return changed_records(old, new, before, after)


def changed_records(old: Corpus, new: Corpus, before: tuple | None = None, after: tuple | None = None) -> set[Key] | None:
    """The records whose content differs, or None when the change is one the read map cannot judge."""
    if (before or structure(old)) != (after or structure(new)):
        return None
    changed: set[Key] = set()
    for kind in RECORD_KINDS:
        before, after = _plain(getattr(old, kind)), _plain(getattr(new, kind))
        changed |= {(kind, ident) for ident, record in after.items() if before[ident] != record}
    for kind in LIST_KINDS:
        if list(list.__iter__(getattr(old, kind))) != list(list.__iter__(getattr(new, kind))):
            changed.add((kind, "*"))
    return changed
