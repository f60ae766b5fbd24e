"""Regionaal beleidskader Wmo 2020–2023 (BNO-O): themes with 'Onze N speerpunten' blocks, the municipalities
named in the introduction, and the figures of 4.1."""

from __future__ import annotations

import re
from typing import Any

from kaderwijzer.reading.checks.context import CheckContext, FileRecord, SourceText, cited_sources
from kaderwijzer.reading.checks.registry import glossary_abbreviations, missing, registered
from kaderwijzer.reading.checks.sources.matching import same_start, short

SOURCE = "bno-o-beleidskader-wmo-2020-2023"
ABBREVIATIONS = ("CRvB", "OGGZ", "VNG", "WLZ")
KIND = "speerpunt"  # the item kind this document's speerpunten have (`item_kinds` of the document)


def speerpunten(lines: list[str]) -> list[list[str]]:
    """Each 'Onze N speerpunten …' block: the titles of its numbered items, in order."""
    blocks = []
    for i, line in enumerate(lines):
        header = re.match(r"Onze (\d+) speerpunten", line)
        if not header:
            continue
        count, titles = int(header.group(1)), []
        for later in lines[i + 1:]:
            item = re.match(rf"{len(titles) + 1}\.\s+(\S.*)$", later)
            if item:
                titles.append(item.group(1))
                if len(titles) == count:
                    break
        blocks.append(titles)
    return blocks


def _speerpunten(item: FileRecord) -> list[tuple[int, Any]]:
    """(index in `items`, item) of every speerpunt of a section."""
    return [(i, p) for i, p in enumerate(item.record.items) if p.kind == KIND]


@registered(SOURCE)
def every_speerpunt(ctx: CheckContext, text: SourceText) -> None:
    sections = [f for f in ctx.of_kind("section") if _speerpunten(f) and SOURCE in cited_sources(f.doc.data)]
    matched: set[str] = set()
    blocks = speerpunten(text.lines)
    for titles in blocks:
        found = next((f for f in sections if len(_speerpunten(f)) == len(titles)
                      and all(same_start(p.title or "", t) for (_, p), t in zip(_speerpunten(f), titles))), None)
        if found is None:
            missing(ctx, SOURCE, f"de bron noemt {len(titles)} speerpunten (\"{short(titles[0], 40)}\" …) die in "
                                 f"geen hoofdstuk zo staan; neem ze over als `items` met `kind: {KIND}`, met hun "
                                 "titel zoals in de bron")
            continue
        matched.add(found.record.id)
        for number, (i, priority) in enumerate(_speerpunten(found), start=1):
            if priority.number != number:
                ctx.fail(found, ("items", i, "number"), f"speerpunt `{priority.id}` heeft in de bron nummer {number}")
            if not (priority.text or priority.items):
                ctx.fail(found, ("items", i), f"speerpunt {number} heeft geen `text` of `items`")
    for item in sections:
        if item.record.id not in matched:
            _point_at_the_difference(ctx, item, blocks)


def _point_at_the_difference(ctx: CheckContext, item: FileRecord, blocks: list[list[str]]) -> None:
    """At the first speerpunt whose title differs from the block of the source it is closest to."""
    ours = _speerpunten(item)
    closest = max(blocks, key=lambda titles: sum(same_start(p.title or "", t) for (_, p), t in zip(ours, titles)),
                  default=[])
    for number, ((i, priority), title) in enumerate(zip(ours, closest), start=1):
        if not same_start(priority.title or "", title):
            ctx.fail(item, ("items", i, "title"), f"deze speerpunten staan niet zo in de bron: speerpunt {number} heet "
                                                  f"daar \"{short(title, 60)}\"")
            return
    ctx.fail(item, ("items",), f"deze speerpunten staan niet zo in de bron: die noemt er {len(closest)}, in deze "
                               "volgorde en met deze titels")


@registered(SOURCE)
def municipalities_as_named(ctx: CheckContext, text: SourceText) -> None:
    """The introduction names every municipality: the region lists exactly those."""
    match = re.search(r"hebben de gemeenten (.*?) \(vanaf nu", text.flat)
    region = next((f for f in ctx.of_kind("region") if SOURCE in cited_sources(f.doc.data)), None)
    if match is None or region is None:
        return
    rest = match.group(1)
    for name in sorted(region.record.municipalities, key=len, reverse=True):
        rest = rest.replace(name, "")
    left = [w for w in re.split(r",|\ben\b", rest) if w.strip()]
    if left:
        ctx.fail(region, ("municipalities",), f"de bron noemt ook {', '.join(f'`{w.strip()}`' for w in left)}; "
                                              "zet elke gemeente die de bron noemt in `municipalities`")


@registered(SOURCE)
def figures_of_4_1(ctx: CheckContext, text: SourceText) -> None:
    section = next((f for f in ctx.of_kind("section") if f.record.number == "4.1" and SOURCE in cited_sources(f.doc.data)), None)
    if section is None:
        return
    figures = " ".join(f.value for f in section.record.figures).replace(" %", "%")
    for value in ("83%", "81%", "200", "40", "80%", "16", "8"):
        if value.rstrip("%") in text.flat and value not in figures:
            ctx.fail(section, ("figures",), f"kerncijfer `{value}` uit 4.1 van de bron ontbreekt in `figures`")


glossary_abbreviations(SOURCE, ABBREVIATIONS)
