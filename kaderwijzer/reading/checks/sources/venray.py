"""Venray's advisory note and council letter share one local copy: each cites its own part."""

from __future__ import annotations

from kaderwijzer.model.sources import citations_in
from kaderwijzer.reading.checks.context import CheckContext, SourceText, walk
from kaderwijzer.reading.checks.registry import registered
from kaderwijzer.reading.checks.sources.matching import numbered, short, similar

NOTE = "venray-adviesnota-2020-10-26"
LETTER = "venray-raadsinformatiebrief-2020"
# The headings of each part of the shared file: a citation of one document names a heading of its own part.
PARTS = {NOTE: ("Adviesnota", "Argumenten"), LETTER: ("Raadsinformatiebrief", "Bijlage 2")}


def _parts_check(source: str) -> None:
    @registered(source)
    def cites_its_own_part(ctx: CheckContext, text: SourceText) -> None:
        for item in ctx.files:
            for loc, node in walk(item.doc.data):
                section = node.get("section") if isinstance(node, dict) and node.get("source") == source else None
                if isinstance(section, str) and not section.startswith(PARTS[source]):
                    ctx.fail(item, loc + ("section",), f"`{source}` is het deel van de kopie met "
                                                       f"{' en '.join(PARTS[source])}; de kop `{short(section, 50)}` "
                                                       "staat in het andere deel: citeer dat document")


for _source in PARTS:
    _parts_check(_source)


@registered(NOTE)
def advice_has_its_points_as_proposals(ctx: CheckContext, text: SourceText) -> None:
    wanted = numbered(text.lines, "## ADVIES", "## ", r"^{n}\.\s+(.*)")
    lists = [f for f in ctx.of_kind("decisions") if f.record.document in
             {d.record.id for d in ctx.of_kind("document") if d.record.kind.value == "adviesnota"}
             and any(c.source == NOTE for c in citations_in(f.record))]
    if not wanted or not lists:
        return
    item = lists[0]
    if item.record.kind.value != "advice":
        ctx.fail(item, ("kind",), "de punten van een adviesnota zijn voorstellen: zet `kind: advice`")
    points = item.record.decisions
    if [d.number for d in points] != list(range(1, len(wanted) + 1)):
        ctx.fail(item, ("decisions",), f"de adviesnota heeft {len(wanted)} genummerde punten; neem ze alle {len(wanted)} "
                                       "over, met hun nummer")
    for i, (source_text, point) in enumerate(zip(wanted, points)):
        if not similar(source_text, f"{point.title} {point.text}"):
            ctx.fail(item, ("decisions", i), f"punt {point.number} gaat niet over wat de adviesnota als punt {i + 1} "
                                             f"noemt: \"{short(source_text, 60)}\"")
