"""Open data as CSV tables: one row per segment, goal, indicator and definition.

UTF-8 with a byte order mark and `;` as separator, so Dutch Excel opens them correctly; the column names are the
field names of the JSON.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from kaderwijzer.model import Citation
from kaderwijzer.opendata.records import OpenData

CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8


def _sources_cell(sources: Iterable[Citation]) -> str:
    return " | ".join(f"{s.source} ({s.section})" for s in sources)


def _scoped_cell(items: Iterable[Any]) -> str:
    return " | ".join(f"{i.domain.label}: {i.text}" if i.domain else i.text for i in items)


FORMULA_START = ("=", "+", "-", "@")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    # Excel runs a cell that starts like a formula; an apostrophe makes it plain text.
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode(CSV_ENCODING)


def segments_csv(data: OpenData) -> bytes:
    header = ["region", "document", "id", "code", "name", "group", "domains", "service_type", "target_group",
              "service_description", "ambition", "procurement", "choice_freedom", "expected_providers",
              "goals", "indicators", "related", "related_from", "page", "sources"]
    rows = (
        [s.region, s.document, s.id, s.code, s.name, s.group, ", ".join(d.value for d in s.domains),
         s.service_type and s.service_type.value, _scoped_cell(s.target_group), _scoped_cell(s.service_description),
         s.ambition, s.procurement, s.choice_freedom, s.expected_providers, len(s.goals), len(s.indicators),
         " ".join(s.related), " ".join(s.related_from), s.page, _sources_cell(s.sources)]
        for s in data.segments
    )
    return _csv(header, rows)


def goals_csv(data: OpenData) -> bytes:
    """Goals of segments, then goals that documents state outside segments (items of category `doel`)."""
    header = ["region", "segment", "segment_name", "id", "domain", "reference", "text", "document", "section", "kind"]
    rows: list[list[Any]] = [
        [s.region, s.id, s.name, g.id, g.domain and g.domain.value, g.reference, g.text, s.document, None, None]
        for s in data.segments for g in s.goals
    ]
    rows += [
        [sec.region, None, None, i.id, i.domain and i.domain.value, None, _item_text(i), sec.document, sec.id, i.label]
        for sec in data.sections for i in sec.items if i.category.value == "doel"
    ]
    return _csv(header, rows)


def _item_text(item: Any) -> str:
    """Title and text of an item, as one cell."""
    parts = [p for p in (item.title, item.text) if p]
    return ": ".join(parts) if parts else "; ".join(point.text for point in item.items)


def indicators_csv(data: OpenData) -> bytes:
    header = ["region", "segment", "segment_name", "id", "name", "direction", "theme", "domain", "definition"]
    rows = (
        [s.region, s.id, s.name, i.id, i.name, i.direction.value, i.theme.value, i.domain and i.domain.value, i.definition]
        for s in data.segments for i in s.indicators
    )
    return _csv(header, rows)


def glossary_csv(data: OpenData) -> bytes:
    header = ["id", "term", "abbreviation", "region", "definition", "general_knowledge", "sources", "see_also"]
    rows = (
        [t.id, t.term, t.abbreviation, d.region, d.text, "ja" if d.general_knowledge else "nee", _sources_cell(d.sources),
         " ".join(t.see_also)]
        for t in data.terms for d in t.definitions
    )
    return _csv(header, rows)


