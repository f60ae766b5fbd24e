"""Kaderdocument Inkoop Wmo en Jeugd 2025 (Midden-Holland): appendix 4 lists per segment its goals, and its
indicators each with a direction; the table of regionally bought care."""

from __future__ import annotations

import re
from typing import Any

from kaderwijzer.reading.checks.context import CheckContext, FileRecord, SourceText, cited_sources
from kaderwijzer.reading.checks.registry import glossary_abbreviations, missing, registered
from kaderwijzer.reading.checks.sources.matching import overlap, short, similar

SOURCE = "mh-kaderdocument-inkoop-2025"
_INDICATOR = r"(?:^|\n)\s*\d+\.\s(.*?):\s*(toename|afname|stabilisatie)"


def segment_blocks(text: str) -> list[dict[str, Any]]:
    """Goals and indicators (with direction) per segment in appendix 4."""
    body = text[text.index("Toelichting op de segmenten"):]
    blocks: list[dict[str, Any]] = []
    for m in re.finditer(r"\nDoelen(.*?)\nIndicator(.*?)\n(?=Bijzonderheden)", body, re.S):
        goals = re.findall(r"(?:^|\n)\s*\d+\.\s", " " + m.group(1))
        indicators = re.findall(_INDICATOR, " " + m.group(2), re.S)
        if blocks and indicators and blocks[-1]["indicators"][:1] == [(" ".join(indicators[0][0].split()), indicators[0][1])]:
            blocks.pop()  # the source repeats the JeugdzorgPlus table (one segment); the data follows the second
        if goals or indicators:
            blocks.append({"goals": len(goals), "indicators": [(" ".join(n.split()), d) for n, d in indicators],
                           "per_law": False})
    # Wonen is laid out per law after its Bijzonderheden: "Jeugdwet:" / "Wmo:" goals, then indicators.
    wonen = body[body.index("\n Wonen\n\nDoelen\n\nIndicator"):body.index("4.6 Ondersteuning")]
    goal_part, _, indicator_part = wonen.partition("\nJeugdwet\n")
    per_law = re.split(r"\n(?:Jeugdwet|Wmo):\n", goal_part)[1:]
    indicator_part = indicator_part.replace("\nWmo\n", "\n")
    blocks.append({
        "goals": sum(len(re.findall(r"(?:^|\n)\d+\.\s", "\n" + part)) for part in per_law),
        "indicators": [(" ".join(n.split()), d) for n, d in re.findall(_INDICATOR, "\n" + indicator_part, re.S)],
        "per_law": True,
    })
    return blocks


def _segments(ctx: CheckContext) -> list[FileRecord]:
    return [f for f in ctx.of_kind("segment") if SOURCE in cited_sources(f.doc.data)]


@registered(SOURCE)
def goals_and_indicators_with_direction(ctx: CheckContext, text: SourceText) -> None:
    try:
        blocks = segment_blocks(text.text)
    except ValueError:
        missing(ctx, SOURCE, "de indeling van Bijlage 4 is niet herkend in de lokale kopie; de doelen en indicatoren "
                             "zijn niet met de bron vergeleken")
        return
    segments = _segments(ctx)
    matched: set[str] = set()
    for block in blocks:
        wanted = block["indicators"]
        found = [f for f in segments if len(f.record.indicators) == len(wanted)
                 and all(similar(n, i.name) for i, (n, _) in zip(f.record.indicators, wanted))]
        if not found:
            names = "; ".join(short(n, 50) for n, _ in wanted)
            missing(ctx, SOURCE, f"Bijlage 4 noemt deze indicatoren, maar geen segment heeft ze (zo): {names}")
            continue
        item = max(found, key=lambda f: sum(overlap(n, i.name) for i, (n, _) in zip(f.record.indicators, wanted)))
        seg = item.record
        matched.add(seg.id)
        for j, (indicator, (name, direction)) in enumerate(zip(seg.indicators, wanted)):
            if indicator.direction.value != direction:
                ctx.fail(item, ("indicators", j, "direction"),
                         f"gewenste richting `{indicator.direction.value}` wijkt af van de bron: bij \"{short(name, 60)}\" "
                         f"staat `{direction}` (Bijlage 4)")
        if len(seg.goals) != block["goals"]:
            ctx.fail(item, ("goals",), f"`goals` heeft {len(seg.goals)} doelen; Bijlage 4 noemt er {block['goals']}")
        if block["per_law"]:
            for field, parts in (("goals", seg.goals), ("indicators", seg.indicators)):
                if {p.domain.value for p in parts if p.domain} != {"jeugd", "wmo"}:
                    ctx.fail(item, (field,), f"de bron geeft `{field}` apart voor Jeugdwet en Wmo; zet bij elk punt "
                                             "`domain: jeugd` of `domain: wmo`")
    for item in segments:
        if item.record.id not in matched and item.record.indicators:
            ctx.fail(item, ("indicators",), "deze indicatoren staan niet zo in Bijlage 4 van de bron; neem elke "
                                            "indicator met zijn richting over")


@registered(SOURCE)
def every_segment_has_its_parts(ctx: CheckContext, text: SourceText) -> None:
    """Appendix 4 gives each segment an ambition, goals, indicators and a target group or service."""
    for item in _segments(ctx):
        seg = item.record
        for field, present in (("ambition", seg.ambition), ("goals", seg.goals), ("indicators", seg.indicators),
                               ("target_group", seg.target_group or seg.service_description)):
            if not present:
                also = " of `service_description`" if field == "target_group" else ""
                ctx.fail(item, (), f"`{field}`{also} ontbreekt; Bijlage 4 van de bron geeft die voor elk segment")


@registered(SOURCE)
def regionally_bought_is_not_supraregional(ctx: CheckContext, text: SourceText) -> None:
    flat = text.flat
    try:
        table = flat[flat.index("Zorg en ondersteuning regionaal ingekocht"):flat.index("Toelichting op de segmenten")]
    except ValueError:
        return
    for item in _segments(ctx):
        seg = item.record
        if seg.name.casefold() in table.casefold() and re.search(r"bovenregionaal ingekocht", seg.procurement or ""):
            ctx.fail(item, ("procurement",), f"de bron noemt `{seg.name}` in de tabel 'Zorg en ondersteuning "
                                             "regionaal ingekocht'; schrijf niet dat het bovenregionaal wordt ingekocht")


ABBREVIATIONS = ("Wmo", "GGZ", "GI", "LVB", "WNT", "NvO", "SAS", "JIM", "SROI", "VNG", "WLZ")


@registered(SOURCE)
def key_figures(ctx: CheckContext, text: SourceText) -> None:
    region = next((f for f in ctx.of_kind("region") if SOURCE in cited_sources(f.doc.data)), None)
    if region is None:
        return
    shown = " ".join(f"{fig.label} {fig.value}" for fig in region.record.figures)
    for value in ("250.000", "125", "230"):
        if value in text.flat and value not in shown:
            ctx.fail(region, ("figures",), f"kerncijfer `{value}` uit de bron ontbreekt in `figures`")


glossary_abbreviations(SOURCE, ABBREVIATIONS)
