"""Checks on the loaded data as a whole, beyond what each file's model can say.

Some hold for every region (availability of sources, links within a region); some compare the data with
the sources' local texts (hedges, own words, abbreviations) and run whenever a text is available; and
some fit one document's layout and are registered with that source (`checks.sources`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataError
from kaderwijzer.reading.checks import sources as _registered  # noqa: F401  (registers the per-source checks)
from kaderwijzer.reading.checks.context import CheckContext, FileRecord, read_texts
from kaderwijzer.reading.checks.generic import GENERIC, WITH_TEXTS
from kaderwijzer.reading.checks.registry import run_registered


@dataclass(frozen=True)
class CheckResult:
    errors: list[DataError]
    without_text: list[str]  # ids of sources with no readable local text: not compared


def run_checks(corpus: Corpus, files: list[FileRecord], texts: bool = True, complete: bool = True) -> CheckResult:
    """Every corpus check; with `texts`, also every comparison with the sources' local texts. `complete` is
    False when some data file did not load: what the sources have and no record holds is then not reported."""
    found, without = read_texts(corpus) if texts else ({}, sorted(corpus.sources))
    ctx = CheckContext(corpus, files, found, complete=complete)
    for check in GENERIC:
        check(ctx)
    if found:
        for text_check in WITH_TEXTS:
            text_check(ctx)
        run_registered(ctx)
    return CheckResult(ctx.errors, without)


def texts_line(result: CheckResult, total: int) -> str | None:
    """One line for `validate` when some sources have no text to compare with, else None."""
    if not result.without_text:
        return None
    names = ", ".join(f"`{s}`" for s in result.without_text[:5]) + (" …" if len(result.without_text) > 5 else "")
    if len(result.without_text) == total:
        return f"Geen brontekst gevonden: de gegevens zijn niet met de bronnen vergeleken ({names})."
    return (f"Zonder brontekst, dus niet met de bron vergeleken: {len(result.without_text)} van {total} bronnen "
            f"({names}).")
