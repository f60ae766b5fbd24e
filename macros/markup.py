"""What every macro renders with: labels for codes, the Markdown filters and the Jinja environment."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import markdown as md_lib
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from kaderwijzer.model import Direction

TEMPLATES = Path(__file__).parent / "templates"
GLOSSARY_PAGE = "begrippen.md"

DIRECTIONS = {
    Direction.toename: ("toename", "↑"),
    Direction.afname: ("afname", "↓"),
    Direction.stabilisatie: ("stabilisatie", "→"),
}
THEME_LABELS = {
    "wachttijd": "Wachttijd",
    "duur": "Duur",
    "instroom-uitstroom": "Instroom en uitstroom",
    "aantallen": "Aantallen",
    "terugval": "Terugval",
    "tevredenheid": "Tevredenheid",
    "kwaliteit": "Kwaliteit",
}


SERVICE_TYPE_LABELS = {
    "hulp-bij-het-huishouden": "Hulp bij het huishouden",
    "respijtzorg": "Respijtzorg en logeren",
    "begeleiding": "Begeleiding",
    "dagbesteding": "Dagbesteding",
    "wonen": "Wonen en beschermd wonen",
    "crisis": "Crisis",
    "jeugdbescherming": "Jeugdbescherming",
    "jeugdreclassering": "Jeugdreclassering",
    "behandeling": "Behandeling",
    "specialistische-jeugdhulp": "Specialistische jeugdhulp",
    "gesloten-jeugdhulp": "Gesloten jeugdhulp",
    "forensische-zorg": "Forensische zorg",
    "werk-en-participatie": "Werk en participatie",
}


def first_sentence(text: str, limit: int = 220) -> str:
    """One line for overviews: the first sentence, cut at a word when too long."""
    text = " ".join(text.split())
    for mark in (". ", "? ", "! "):
        if mark in text:
            text = text.split(mark, 1)[0] + mark.strip()
            break
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# One converter for all cells: building a Markdown instance costs more than converting a short text.
_CONVERTER = md_lib.Markdown(extensions=["sane_lists"])


# Text in which Markdown finds nothing to do: one line that starts with a letter and holds only letters, digits,
# spaces and marks without a Markdown meaning (no `*`, `_`, `` ` ``, `[`, `\\`, `<`, line start or line break).
# Most cells on the comparison and overview pages are such a sentence; Markdown would only wrap it in <p>.
_PLAIN = re.compile(r"[^\W\d_](?:[^\W_]|[ .,;:!?()%/&#'’‘“”–—+=€°-])*")


def markdown_block(text: str) -> Markup:
    # Escape first: text is Markdown, never HTML.
    escaped = str(escape(text))
    if _PLAIN.fullmatch(escaped) and not escaped.endswith(" "):
        return Markup(f"<p>{escaped}</p>")
    return _convert(escaped)


@functools.lru_cache(maxsize=8192)  # the same names and values recur on overview and print pages
def _convert(escaped: str) -> Markup:
    return Markup(_CONVERTER.reset().convert(escaped))


_LIST_MARKER = re.compile(r"^(\s*)(\d+)([.)])(?=\s|$)|^(\s*)([-+*#>])(?=\s)")


def literal_start(text: str) -> str:
    """Text placed at the start of a Markdown list item or line: a leading `1.` or `-` stays text.

    A cited section such as "3. Hoofdthema's" would otherwise open a nested list numbered from 1.
    """
    return _LIST_MARKER.sub(lambda m: f"{m[1]}{m[2]}\\{m[3]}" if m[2] else f"{m[4]}\\{m[5]}", text, count=1)


def oneline(text: str) -> str:
    """Text on one line, for a Markdown heading: a line break would end the heading before its `{ #id }`."""
    return " ".join(str(text).split())


def markdown_inline(text: str) -> Markup:
    html = str(markdown_block(text)).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


@functools.cache
def environment() -> Environment:
    # Shared by every build in this process, so `mkdocs serve` compiles each template once (edits still reload).
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_block
    env.filters["mdi"] = markdown_inline
    env.filters["literal_start"] = literal_start
    env.filters["oneline"] = oneline
    return env


ABSENT = "niet op deze site"  # an empty cell says what is true: we have no record, not that the source has none


def goals_phrase(segment: Any) -> str:
    """`3 doelen`; where the source lists its aims as "ontwikkelpotentieel", that, under that name."""
    if segment.goals:
        return f"{len(segment.goals)} {'doel' if len(segment.goals) == 1 else 'doelen'}"
    points = sum(len(g.items) for g in segment.development_potential)
    if points:
        return f"{points} {'punt' if points == 1 else 'punten'} ontwikkelpotentieel"
    return ABSENT
