"""Comparisons that fit one document's layout, registered with that document's source id.

`@registered("source-id")` adds a check that runs when the source's text is available. It reads the
text, compares it with the records, and reports in Dutch at the data file and line that disagrees
(or at the source's own file when the data lacks something the text has).
"""

from __future__ import annotations

import re
from typing import Callable

from kaderwijzer.reading.checks.context import CheckContext, SourceText

SourceCheck = Callable[[CheckContext, SourceText], None]
REGISTRY: dict[str, list[SourceCheck]] = {}


def registered(source: str) -> Callable[[SourceCheck], SourceCheck]:
    def add(check: SourceCheck) -> SourceCheck:
        REGISTRY.setdefault(source, []).append(check)
        return check
    return add


def run_registered(ctx: CheckContext) -> None:
    for source, checks in REGISTRY.items():
        text = ctx.texts.get(source)
        if text is None or ctx.source_file(source) is None:
            continue
        for check in checks:
            check(ctx, text)


def missing(ctx: CheckContext, source: str, message: str) -> None:
    """Something the source has that no record holds: reported at the source's file."""
    item = ctx.source_file(source)
    if item is not None and ctx.complete:
        ctx.fail(item, ("id",), message)


def glossary_abbreviations(source: str, abbreviations: tuple[str, ...]) -> None:
    """Register: each abbreviation the source uses (and its text still has) is a glossary term."""
    @registered(source)
    def in_glossary(ctx: CheckContext, text: SourceText) -> None:
        known = {(t.abbreviation or "").casefold() for t in ctx.corpus.terms.values()}
        for abbreviation in abbreviations:
            if abbreviation.casefold() not in known and re.search(rf"\b{re.escape(abbreviation)}\b", text.text):
                missing(ctx, source, f"de bron gebruikt de afkorting `{abbreviation}`, maar de begrippenlijst heeft "
                                     f"haar niet; maak een begrip met `abbreviation: {abbreviation}`")
