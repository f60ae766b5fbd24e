"""Checks that hold for every region: hedges and own words against the source texts, availability of sources,
abbreviations, and links that stay inside a region."""

from __future__ import annotations

import re
from collections import Counter

from kaderwijzer.reading.checks.context import CheckContext, cited_sources, field_of
from kaderwijzer.reading.checks.prose import own_parts, prose

HEDGES = ("(nog)",)  # a hedge says something will change: only where a cited source says so itself
RUN = 12  # words in a row; shorter overlaps are names, titles and fixed terms


def availability(ctx: CheckContext) -> None:
    """A source whose copy is not shared says where readers find the original, even when it has a `url`."""
    for item in ctx.of_kind("source"):
        source = item.record
        if not source.redistribute and not source.availability:
            ctx.fail(item, (), "verplicht veld `availability` ontbreekt: deze bron wordt niet gedeeld (geen "
                               "`redistribute: true`), dus zeg in eigen woorden waar lezers het origineel vinden, "
                               "ook als er een `url` is", check="schema")


def related_in_region(ctx: CheckContext) -> None:
    for item in ctx.of_kind("segment"):
        for i, other in enumerate(item.record.related):
            target = ctx.corpus.segments.get(other)
            if target is not None and target.region != item.record.region:
                ctx.fail(item, ("related", i), f"segment `{other}` hoort bij regio `{target.region}`; `related` noemt "
                                               f"alleen segmenten van dezelfde regio (`{item.record.region}`)",
                         check="reference")


def hedges(ctx: CheckContext) -> None:
    """'(nog)' only in a file that cites a source whose text has it."""
    for item in ctx.files:
        data = item.doc.data
        cited = [ctx.texts[s] for s in sorted(cited_sources(data)) if s in ctx.texts]
        if not cited:
            continue  # no text to compare with: `validate` says so in its summary
        for loc, text in prose(data):
            for hedge in HEDGES:
                if hedge in text and not any(hedge in t.text for t in cited):
                    names = ", ".join(f"`{t.source}`" for t in cited)
                    ctx.fail(item, loc, f"`{field_of(loc)}`: `{hedge}` zegt dat iets nog verandert, maar de bron "
                                        f"({names}) zegt dat niet; haal `{hedge}` weg of citeer de bron die het zegt")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def own_words(ctx: CheckContext) -> None:
    """No prose field repeats a run of RUN words from any source text; quoted titles, ids and URLs do not count."""
    if not ctx.texts:
        return
    runs: set[str] = set()
    for source_text in ctx.texts.values():
        words = _words(source_text.text)
        runs.update(" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    for item in ctx.files:
        for loc, text in prose(item.doc.data):
            hit = _first_run(text, runs)
            if hit:
                ctx.fail(item, loc, f"`{field_of(loc)}` neemt een passage letterlijk over uit een bron (\"{hit} …\"); "
                                    "schrijf het in eigen woorden, of zet een naam of titel tussen aanhalingstekens")


def _first_run(text: str, runs: set[str]) -> str | None:
    for part in own_parts(text):
        words = _words(part)
        for i in range(len(words) - RUN + 1):
            if " ".join(words[i:i + RUN]) in runs:
                return " ".join(words[i:i + 6])
    return None


def _squashed(text: str) -> str:
    """Letters only, lower-cased: 'Onder Toezicht Stelling' and 'ondertoezicht-\\nstelling' compare equal."""
    return re.sub(r"[^\w]|_", "", text.casefold())


def abbreviations(ctx: CheckContext) -> None:
    """An abbreviation that no source writes out is explained as general knowledge."""
    squashed: dict[str, str] = {}
    for item in ctx.of_kind("term"):
        term = item.record
        if not term.abbreviation or term.abbreviation == term.term or any(d.general_knowledge for d in term.definitions):
            continue
        cited = cited_sources(item.doc.data)
        if not cited or any(s not in ctx.texts for s in cited):
            continue  # a text we cannot read may write it out
        if not squashed:
            squashed = {s: _squashed(t.text) for s, t in ctx.texts.items()}
        written_out = _squashed(re.sub(r"\(.*?\)", "", term.term))  # "(prijs maal hoeveelheid)" is our gloss
        if not any(written_out in text for text in squashed.values()):
            ctx.fail(item, ("term",), f"geen bron schrijft `{term.term}` zo uit; zet die uitleg in een eigen definitie "
                                      "met `general_knowledge: true` (zonder `region` en `sources`)")


_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
            "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
            "achttien": 18, "negentien": 19, "twintig": 20}
_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:deelnemende\s+|samenwerkende\s+)?gemeenten\b", re.I)


def municipality_count(ctx: CheckContext) -> None:
    """The number of municipalities the cited sources give most often is the region's number."""
    for item in ctx.of_kind("region"):
        cited = [ctx.texts[s] for s in sorted(cited_sources(item.doc.data)) if s in ctx.texts]
        said = Counter(int(n) if n.isdigit() else _NUMBERS[n.lower()] for t in cited for n in _COUNT.findall(t.flat))
        ranked = said.most_common(2)
        if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            continue  # the sources do not say, or say two things equally often
        count, region = ranked[0][0], item.record
        if region.municipality_total != count:
            field = "municipality_count" if region.municipality_count is not None else "municipalities"
            ctx.fail(item, (field,), f"de bron spreekt van {count} gemeenten, de regio noemt er "
                                     f"{region.municipality_total}; noem alle gemeenten of zet `municipality_count: {count}`")


GENERIC = (availability, related_in_region)
WITH_TEXTS = (hedges, own_words, abbreviations, municipality_count)
