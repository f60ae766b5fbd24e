"""Coverage against the source: which numbered headings and numbered list items of a local copy no record cites.

Works for every source with a local text copy, whatever the region, so a new region gets the same check
without any Python. A citation names a heading when one of its parts (split at `,`, `;` and ` en `) starts
with the heading's number: `3.2 Versterking Toegang`, `Argumenten, 1.1 en 2.1`. Numbers after a part that
names an appendix (`Bijlage 4, 4.2 Crisis`) refer to that appendix's own headings. A heading listed under
`not_summarised` in the source counts as covered, with its lists.

A numbered list under a heading counts as covered item by item: an item is covered when a record that cites
the heading has an entry (speerpunt, besluit, doel, punt …) that shares telling long words with the item's
text: two, or one when the item has fewer than four (words on many lines of the text do not count), or
when the entry has every word of the item's lead. Lists outside any numbered heading are not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel

from kaderwijzer.model import Citation, Source
from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.outline import Heading, ListItem, Outline, parse_outline
from kaderwijzer.model.sources import citations_in, corpus_records, local_copy_path

ENTRY_WORDS = 30
STEM = 6
RECORD_NAMES = ("title", "name", "term")
COMMON_SHARE, COMMON_MIN = 0.015, 10
_APPENDIX_PART = re.compile(r"^(bijlage\s+(?:\d{1,2}|[a-z]))\b", re.I)


@dataclass
class CopyCoverage:
    """The coverage of one local copy (one file may hold several sources, e.g. a note and its letter)."""

    local_copy: str
    sources: list[str]
    outline: Outline
    missing_headings: list[Heading] = field(default_factory=list)
    missing_items: list[ListItem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing_headings and not self.missing_items

    def chapters(self) -> list[tuple[str, list[Heading], list[ListItem]]]:
        """Missing headings and items per chapter (`3`, `Bijlage 4`), in the order of the text."""
        order: dict[str, tuple[list[Heading], list[ListItem]]] = {}
        for heading in self.missing_headings:
            order.setdefault(heading.chapter, ([], []))[0].append(heading)
        for item in self.missing_items:
            assert item.heading is not None
            order.setdefault(item.heading.chapter, ([], []))[1].append(item)
        first_line = {key: min([h.line for h in hs] + [i.line for i in its]) for key, (hs, its) in order.items()}
        return [(key, *order[key]) for key in sorted(order, key=first_line.__getitem__)]


@dataclass
class Coverage:
    copies: list[CopyCoverage]
    unavailable: list[str]  # local copies that are not in the folder of source texts

    @property
    def complete(self) -> bool:
        return all(c.complete for c in self.copies)


def _parts(section: str) -> list[str]:
    return [p.strip() for p in re.split(r",|;|\s+en\s+|\s+tot en met\s+", section) if p.strip()]


def _starts_with(part: str, number: str) -> bool:
    return re.match(rf"{re.escape(number)}(?![\w.]\w)\.?(?!\d)", part, re.I) is not None


def names_heading(section: str, heading: Heading) -> bool:
    """Whether a citation's `section` (or a `not_summarised` entry) names this heading."""
    scope: str | None = None
    for part in _parts(section):
        appendix = _APPENDIX_PART.match(part)
        if appendix:
            scope = " ".join(appendix.group(1).split()).casefold()
            if heading.number.startswith("Bijlage") and heading.number.casefold() == scope:
                return True
            rest = part[appendix.end():].strip(" :")
            if not rest:
                continue
            part = rest
        if heading.number.startswith("Bijlage"):
            continue
        if (heading.appendix or "").casefold() != (scope or ""):
            continue
        if _starts_with(re.sub(r"^hoofdstuk\s+", "", part, flags=re.I), heading.number):
            return True
    return False


def _words(text: str) -> set[str]:
    """Long words cut to their first letters, so `passende` and `passend`, `crisisplaats` and `crisisplek` meet."""
    text = text.casefold().replace("\u2019", "'")
    words = re.findall(r"\w[\w'-]*", text)
    words += [part for word in words if "-" in word for part in word.split("-")]
    return {w[:STEM] for w in words if len(w) >= 5}


def _own_words(node: BaseModel) -> set[str]:
    """The words of a record or list entry: the start of each of its own text fields."""
    texts = [getattr(node, name) for name in type(node).model_fields if name not in ("id", "sources")]
    return _words(" ".join(" ".join(t.split()[:ENTRY_WORDS]) for t in texts if isinstance(t, str)))


def _entries(record: Any) -> Iterator[set[str]]:
    """The words of a record's name and of each entry inside it (speerpunt, doel, indicator, punt …);
    not its summary, which mentions much without keeping it as an entry."""
    yield _words(" ".join(str(getattr(record, name, None) or "") for name in RECORD_NAMES))
    todo = [getattr(record, name) for name in type(record).model_fields if name != "sources"]
    while todo:
        node = todo.pop()
        if isinstance(node, Citation):
            continue
        if isinstance(node, BaseModel):
            yield _own_words(node)
            todo.extend(getattr(node, name) for name in type(node).model_fields if name != "sources")
        elif isinstance(node, (list, tuple)):
            yield from (_words(entry) for entry in node if isinstance(entry, str))
            todo.extend(node)


def common_words(text: str) -> set[str]:
    """Stems on more than COMMON_SHARE of the text's lines (`ondersteuning` in a Wmo framework): they tell no
    item from another, so they do not count as shared."""
    lines = [line for line in text.splitlines() if line.strip()]
    counts: dict[str, int] = {}
    for line in lines:
        for stem in _words(line):
            counts[stem] = counts.get(stem, 0) + 1
    limit = max(COMMON_MIN, len(lines) * COMMON_SHARE)
    return {stem for stem, n in counts.items() if n > limit}


def _kept(item: ListItem, entries: list[set[str]], common: set[str]) -> bool:
    """Same item in other words: an entry has every long word of the item's lead (up to `:` or `.`), shares
    two telling long words with it (one when it has fewer than four), or three long words of any kind."""
    words = _words(item.words or item.start)
    telling = words - common
    need = 1 if len(telling) < 4 else 2
    lead = _words(re.split(r"[:.;]", item.start)[0])  # `Maatwerk ondersteuningsvragen: Om te …`
    for entry in entries:
        if lead and lead <= entry:
            return True
        if telling and len(telling & entry) >= need or len(words & entry) >= 3:
            return True
    return False


def copy_coverage(local_copy: str, text: str, sources: list[Source],
                  citing: list[tuple[Citation, Any]]) -> CopyCoverage:
    """Coverage of one text, given the sources that share it and every (citation, record) that cites them."""
    result = CopyCoverage(local_copy, [s.id for s in sources], parse_outline(text))
    omitted = [o.section for s in sources for o in s.not_summarised]
    common = common_words(text)
    for heading in result.outline.headings:
        if any(names_heading(o, heading) for o in omitted):
            continue
        if not any(names_heading(c.section, heading) for c, _ in citing):
            result.missing_headings.append(heading)
    for item in result.outline.items:
        heading = item.heading
        if heading is None or heading in result.missing_headings or any(names_heading(o, heading) for o in omitted):
            continue
        entries = [e for c, r in citing if names_heading(c.section, heading) for e in _entries(r)]
        if not _kept(item, entries, common):
            result.missing_items.append(item)
    return result


def corpus_coverage(corpus: Corpus, seeds_dir: Path | None = None) -> Coverage:
    folder = seeds_dir if seeds_dir is not None else corpus.seeds_dir
    by_copy: dict[str, list[Source]] = {}
    for source in corpus.sources.values():
        if source.local_copy:
            by_copy.setdefault(source.local_copy, []).append(source)
    citing: dict[str, list[tuple[Citation, Any]]] = {}
    for _, _, record in corpus_records(corpus):
        for citation in citations_in(record):
            citing.setdefault(citation.source, []).append((citation, record))
    copies, unavailable = [], []
    for name in sorted(by_copy):
        path = local_copy_path(by_copy[name][0], folder) if folder else None
        if path is None or not path.is_file():
            unavailable.append(name)
            continue
        cites = [pair for s in by_copy[name] for pair in citing.get(s.id, [])]
        copies.append(copy_coverage(name, path.read_text(encoding="utf-8"), by_copy[name], cites))
    return Coverage(copies, unavailable)
