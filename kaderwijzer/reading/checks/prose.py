"""Which strings in a data file are our own prose, and which are facts quoted from the source."""

from __future__ import annotations

import re
from typing import Any, Iterator

from kaderwijzer.reading.checks.context import Loc

# Fields that quote the source on purpose: names, titles, citations, goal and indicator wording, ids.
FACT_FIELDS = frozenset({"sources", "source", "name", "title", "short_title", "label", "value", "term", "abbreviation",
                         "indicators", "goals", "id", "services", "municipalities", "when", "reference", "url",
                         "local_copy", "publishers", "former_ids", "related", "see_also", "related_sections",
                         "region", "document", "follows", "part_of", "search_aliases", "section", "kind"})
# Not our words either: web addresses, ids and code, and a title quoted as a title.
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)]|`[^`]*`"  # addresses, ids and code in backticks
    r"|\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b"  # bare ids such as `mh-kaderdocument-inkoop-2025`
    r"|“[^”]*”|„[^”“]*[”“]|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']*'(?!\w)"  # quoted titles and names
    r"|(?<!\*)\*[^*\n]+\*(?!\*)|(?<!\w)_[^_\n]+_(?!\w)"  # titles in italics
)


def prose(value: Any, loc: Loc = (), key: str | None = None) -> Iterator[tuple[Loc, str]]:
    """Every prose string with its location (fact fields skipped)."""
    if key in FACT_FIELDS:
        return
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from prose(v, loc + (k,), str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from prose(v, loc + (i,), key)


def own_parts(text: str) -> list[str]:
    """The text without addresses, ids and quoted titles, as the pieces in between."""
    return _NOT_PROSE.split(text)
