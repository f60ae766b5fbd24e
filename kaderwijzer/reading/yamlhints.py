"""libyaml's (and PyYAML's) syntax complaints, said in Dutch with advice an editor can act on.

The C scanner and the pure-Python one word the same problem differently ("did not find expected key" vs
"expected <block end>"), so each hint matches on a fragment both share. The original text stays at the end,
marked as technical, for whoever wants to search for it.
"""

from __future__ import annotations

import re

import yaml

# (fragment of problem or context, Dutch sentence with advice); the first match wins, so specific ones go first.
_HINTS: list[tuple[str, str]] = [
    (r"nesting depth", "de gegevens zijn te diep genest; haal haakjes `[` of `{` weg"),
    (r"tab character", "hier staat een tab; gebruik spaties voor inspringen"),
    (r"end of stream.*quoted|quoted.*end of stream",
     "een aanhalingsteken (`\"` of `'`) wordt niet afgesloten; zet aan het eind van de tekst hetzelfde teken"),
    (r"document separator|document indicator",
     "`---` of `...` aan het begin van een regel binnen tekst tussen aanhalingstekens; sluit de tekst eerder af of "
     "zet de regel anders"),
    (r"end of stream", "het bestand houdt onverwacht op; ontbreekt er een afsluitend aanhalingsteken of haakje?"),
    (r"mapping values are not allowed",
     "hier staat een `:` die YAML niet verwacht; zet tekst met `: ` erin tussen aanhalingstekens, of controleer de "
     "inspringing van deze regel"),
    (r"mapping keys are not allowed",
     "een waarde kan niet met `? ` beginnen; zet de tekst tussen aanhalingstekens"),
    (r"sequence entries are not allowed",
     "een lijstpunt (`- `) mag hier niet; begin de lijst op een nieuwe regel onder de sleutel, iets ingesprongen"),
    (r"',' or '\]'",
     "een lijst tussen `[` en `]` is niet goed afgesloten; controleer de `]` en de komma's, of zet tekst met `[`, "
     "`]` of `,` tussen aanhalingstekens"),
    (r"',' or '\}'",
     "een onderdeel tussen `{` en `}` is niet goed afgesloten; controleer de `}` en de komma's, of zet tekst met "
     "`{` of `}` tussen aanhalingstekens"),
    (r"'-' indicator|block collection",
     "de inspringing klopt niet: elk punt van een lijst begint met `- ` recht onder de andere punten"),
    (r"expected key|block end|block mapping",
     "de inspringing klopt niet: deze regel past niet bij de regels erboven. Zet een veld recht onder de andere "
     "velden van hetzelfde onderdeel, en zet tekst die met een aanhalingsteken begint helemaal tussen "
     "aanhalingstekens"),
    (r"document start",
     "na het record staat nog iets; een bestand bevat één record. Haal regels met `...` of `%` weg"),
    (r"node content",
     "hier hoort een waarde; een waarde kan niet met `]`, `}` of `,` beginnen, zet zulke tekst tussen "
     "aanhalingstekens"),
    (r"unknown escape character",
     "onbekende `\\`-code tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens (`'`) of schrijf `\\\\`"),
    (r"hexa?de?cimal|escape sequence|escape code",
     "onvolledige `\\x`- of `\\u`-code tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens (`'`)"),
    (r"cannot start any token",
     "een waarde kan niet met dit teken beginnen (zoals `@`, `%` of een backtick); zet de tekst tussen "
     "aanhalingstekens"),
    (r"expected ':'",
     "hier ontbreekt een `:` na de sleutel (een sleutel staat op één regel en is korter dan 1024 tekens)"),
    (r"alphabetic or numeric",
     "`*` of `&` aan het begin van een waarde is YAML-syntax; zet de tekst tussen aanhalingstekens"),
    (r"comment or (a )?line break|chomping|indentation indicator",
     "na `|` of `>` mag op dezelfde regel alleen `-` of `+` staan; zet de tekst op de regels eronder, ingesprongen"),
    (r"\btag\b|URI|'!'|'>'", "YAML-tags (`!`) zijn niet toegestaan; zet tekst die met `!` begint tussen aanhalingstekens"),
    (r"directive|YAML document", "regels die met `%` beginnen zijn niet toegestaan; haal ze weg"),
    (r"UTF-8|[Uu]nicode|control character|special character|unacceptable character",
     "ongeldig teken in het bestand; sla het op als UTF-8 en haal onzichtbare tekens weg"),
    (r"whitespace or line break", "na dit teken hoort een spatie; zet de tekst tussen aanhalingstekens"),
]
_COMPILED = [(re.compile(fragment), dutch) for fragment, dutch in _HINTS]
GENERIC = ("YAML kan het bestand hier niet lezen; controleer de inspringing, aanhalingstekens en haakjes op deze "
           "regel en de regel erboven")
EXPERT_NOTE = "(technisch: {})"


def original_text(exc: yaml.YAMLError) -> str:
    """The English text as libyaml gives it, without the marks it repeats."""
    if isinstance(exc, yaml.MarkedYAMLError):
        parts = [exc.context, exc.problem]
        return ", ".join(p for p in parts if p) or "onbekend"
    return str(exc).split("\n", 1)[0]


def dutch_hint(problem: str) -> str | None:
    return next((dutch for pattern, dutch in _COMPILED if pattern.search(problem)), None)


def explain(exc: yaml.YAMLError) -> str:
    """Dutch sentence with advice, where the part began when that is elsewhere, and the original at the end."""
    original = original_text(exc)
    text = dutch_hint(original) or GENERIC
    if isinstance(exc, yaml.MarkedYAMLError):
        start, found = exc.context_mark, exc.problem_mark
        if start is not None and found is not None and start.line != found.line:
            text += f" (het onderdeel begint op regel {start.line + 1})"
    return f"{text} {EXPERT_NOTE.format(original)}"
