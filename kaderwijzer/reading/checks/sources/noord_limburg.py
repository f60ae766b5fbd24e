"""Memo fase 3 (Noord-Limburg): ten numbered decisions, the planning table of appendix A, and the
development potential per segment in appendix B."""

from __future__ import annotations

import datetime as dt
import re

from kaderwijzer.reading.checks.context import CheckContext, FileRecord, SourceText, cited_sources
from kaderwijzer.reading.checks.registry import glossary_abbreviations, missing, registered
from kaderwijzer.reading.checks.sources.matching import numbered, overlap, short, similar

SOURCE = "nl-memo-fase-3"
ABBREVIATIONS = ("MGR", "PHO SD", "MKBA")
_TABLES = {"Tabel 1": "wmo", "Tabel 2": "jeugd", "Tabel 3": "participatie"}


def segment_items(lines: list[str]) -> dict[tuple[str, str], int]:
    """Development-potential items ('- …') per law and segment code in appendix B."""
    counts: dict[tuple[str, str], int] = {}
    law = current = None
    for line in lines:
        law = next((v for k, v in _TABLES.items() if line.startswith(k)), law)
        code = re.match(r"^(\d[ab]?)\. \S", line)
        if law and code:
            current = (law, code.group(1))
            counts[current] = 0
        elif current and re.match(r"^-\s+\S", line):
            counts[current] += 1
    return counts


def _of_documents_citing(ctx: CheckContext, kind: str) -> list[FileRecord]:
    documents = {f.record.id for f in ctx.of_kind("document") if SOURCE in cited_sources(f.doc.data)}
    return [f for f in ctx.of_kind(kind) if f.record.document in documents]


@registered(SOURCE)
def development_potential_per_segment(ctx: CheckContext, text: SourceText) -> None:
    counts = segment_items(text.lines)
    segments = {(f.record.domains[0].value, f.record.code): f for f in ctx.of_kind("segment")
                if SOURCE in cited_sources(f.doc.data)}
    for (law, code), count in counts.items():
        item = segments.get((law, code))
        if item is None:
            missing(ctx, SOURCE, f"bijlage B noemt segment {code} ({law}), maar geen segment met `code: \"{code}\"` en "
                                 f"`domains: [{law}]` citeert deze bron")
            continue
        items = sum(len(g.items) for g in item.record.development_potential)
        if items != count:
            ctx.fail(item, ("development_potential",), f"`development_potential` heeft {items} punten; bijlage B van "
                                                       f"de bron noemt er {count} bij segment {code}")
    for key, item in segments.items():
        if key not in counts:
            ctx.fail(item, ("code",), f"bijlage B van de bron heeft geen segment {key[1]} bij {key[0]}")


@registered(SOURCE)
def potential_is_not_written_as_contract_fact(ctx: CheckContext, text: SourceText) -> None:
    """The memo lists 'ruimte in de contractering' as development potential: an aim, not a contract term."""
    if "ruimte in de contractering voor actieve" not in text.flat:
        return
    pattern = re.compile(r"\bIn de (contracten|contractering) (is|komt) ruimte\b")
    for item in ctx.of_kind("segment"):
        if SOURCE not in cited_sources(item.doc.data):
            continue
        seg = item.record
        places = [(("procurement",), seg.procurement or "")] + [
            (("development_potential", g, "items", i, "text"), it.text)
            for g, group in enumerate(seg.development_potential) for i, it in enumerate(group.items)]
        for loc, value in places:
            if pattern.search(value):
                ctx.fail(item, loc, "de bron noemt ruimte in de contractering als ontwikkelpotentieel (een doel), "
                                    "niet als afspraak in de contracten; schrijf het als wens")


@registered(SOURCE)
def every_decision_in_order(ctx: CheckContext, text: SourceText) -> None:
    wanted = numbered(text.lines, "Wat zijn de belangrijkste besluiten", "Hoe zien het verdere proces", r"^{n}\)\s+(.*)")
    lists = [f for f in _of_documents_citing(ctx, "decisions") if f.record.kind.value == "decisions"]
    if not wanted or not lists:
        return
    item = lists[0]
    decisions = item.record.decisions
    if [d.number for d in decisions] != list(range(1, len(wanted) + 1)):
        ctx.fail(item, ("decisions",), f"de bron noemt {len(wanted)} besluiten, genummerd 1 tot en met {len(wanted)}; "
                                       f"hier staan de nummers {', '.join(str(d.number) for d in decisions)}")
    for i, (source_text, decision) in enumerate(zip(wanted, decisions)):
        if not similar(source_text, f"{decision.title} {decision.text}"):
            ctx.fail(item, ("decisions", i), f"besluit {decision.number} gaat niet over wat de bron als besluit "
                                             f"{i + 1} noemt: \"{short(source_text, 60)}\"")


_DATE = re.compile(r"(\d{1,2})/(\d{1,2})|(\d{1,2})-(jan|feb|jul)-(\d{2})")
_MONTHS = {"jan": 1, "feb": 2, "jul": 7}


def planning_rows(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.startswith("Wat/Wanneer (gereed)")), None)
    rows: list[str] = []
    if start is None:
        return rows
    for line in lines[start + 1:]:
        if line.startswith("Planning fase 3"):
            break
        if not line:
            continue
        if line[0].isupper() and not line.startswith(("Gereed", "P-wet", "Eerste", "helft", "januari")):
            rows.append(line)
        elif line.startswith("besluitvorming"):
            rows.append(line)
        elif rows:
            rows[-1] += " " + line
    return rows


@registered(SOURCE)
def every_planning_row_with_its_dates(ctx: CheckContext, text: SourceText) -> None:
    """Appendix A: every activity is a milestone, and every date in its row is a date of that milestone."""
    files = _of_documents_citing(ctx, "milestones")
    milestones = [(f, i, m) for f in files for i, m in enumerate(f.record.milestones)]
    if not milestones:
        return
    for row in planning_rows(text.lines):
        activity = re.split(r" (?:Start|Gereed)\b", _DATE.split(row)[0])[0]
        best = max(milestones, key=lambda fm: overlap(activity, fm[2].title))
        if not similar(activity, best[2].title):
            missing(ctx, SOURCE, f"bijlage A noemt \"{short(activity, 60)}\", maar geen mijlpaal gaat daarover")
            continue
        found = [fm for fm in milestones if overlap(activity, fm[2].title) == overlap(activity, best[2].title)]
        dates = {d for _, _, m in found for d in (m.start, m.end) if d}
        for day, month, day2, mon, year in _DATE.findall(row):
            # Columns run from jun-20 to jan-22: a day/month before June is in 2021.
            date = (dt.date(2020 if int(month) >= 6 else 2021, int(month), int(day)) if day
                    else dt.date(2000 + int(year), _MONTHS[mon], int(day2)))
            if date not in dates:
                item, i, m = best
                ctx.fail(item, ("milestones", i, "start") if m.start else ("milestones", i), f"bijlage A geeft bij \"{short(activity, 50)}\" de datum "
                                                  f"{date.isoformat()}; mijlpaal `{m.id}` heeft die niet als `start` of `end`")


glossary_abbreviations(SOURCE, ABBREVIATIONS)
