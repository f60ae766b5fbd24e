"""New record files whose `TODO` placeholders each fail validation, naming their field, until filled in.

One template per kind of record, with the fields in the order the real files use and long text as
block scalars (`>-`), so a new file looks like the ones next to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kaderwijzer.reading.yamlsource import SCHEMA_COMMENT

_HEADER = """{schema_line}
# Nieuw: {what}. Vervang elke TODO; `kaderwijzer validate` noemt elk veld dat nog niet is ingevuld,
# en bij keuzevelden de toegestane waarden. Uitleg per veld: de pagina "Voor redactie" op de site.
"""
_SOURCES = """sources:
  - source: TODO
    section: "TODO: hoofdstuk of kop in de bron"
"""

_TEMPLATES = {
    "source": """id: {id}
title: "TODO: titel zoals het document hem geeft"
publishers:
  - "TODO: wie het document uitgaf, zoals het document dat noemt"
kind: TODO
description: >-
  TODO: wat dit document is, in eigen woorden (B1)
url: "TODO: openbaar adres van het origineel (https://…), of haal deze regel weg"
availability: >-
  TODO: waar lezers het origineel vinden (nodig zolang de kopie niet gedeeld wordt, ook met een url)
""",
    "region": """id: {id}
name: "TODO: naam van de regio zoals in de bron"
municipalities:
  - TODO
summary: >-
  TODO: samenvatting in eigen woorden (B1): welke gemeenten werken samen, en waaraan?
""" + _SOURCES,
    "document": """id: {id}
region: {region}
title: "TODO: titel zoals in de bron"
kind: TODO
status: TODO
summary: >-
  TODO: samenvatting in eigen woorden (B1): waar gaat het document over?
order: 0
""" + _SOURCES,
    "section": """id: {id}
region: {region}
document: {document}
title: "TODO: titel van het hoofdstuk zoals in de bron"
order: 0
summary: >-
  TODO: samenvatting in eigen woorden (B1) van dit hoofdstuk
""" + _SOURCES,
    "segment": """id: {id}
region: {region}
document: {document}
code: "TODO: code zoals in de bron, bv. 1a"
name: "TODO: naam van het segment"
order: 0
domains: [TODO]
service_type: TODO
service_description: >-
  TODO: welke hulp valt onder dit segment?
target_group: >-
  TODO: voor wie is dit segment?
ambition: >-
  TODO: wat wil de regio bereiken?
goals:
  - id: doel-1
    text: >-
      TODO: eerste doel
indicators:
  - id: indicator-1
    name: "TODO: wat meten we?"
    direction: TODO
    theme: TODO
related: []
""" + _SOURCES,
    "term": """id: {id}
term: "TODO: het begrip zoals het in de bronnen staat"
definitions:
  - text: >-
      TODO: wat betekent het begrip, in eigen woorden?{region_line}
    sources:
      - source: TODO
        section: "TODO: hoofdstuk of kop in de bron"
""",
    "decisions": """region: {region}
document: {document}
title: "TODO: kop boven de besluiten, zoals in de bron"
decisions:
  - id: TODO
    number: 1
    title: "TODO: korte titel van het besluit"
    text: >-
      TODO: wat is besloten, in eigen woorden?
    sources:
      - source: TODO
        section: "TODO: hoofdstuk of kop in de bron"
""",
    "milestones": """region: {region}
document: {document}
title: "TODO: kop boven de planning, zoals in de bron"
milestones:
  - id: TODO
    order: 1
    start: TODO
    title: "TODO: wat gebeurt er?"
    text: >-
      TODO: toelichting in eigen woorden
    sources:
      - source: TODO
        section: "TODO: hoofdstuk of kop in de bron"
""",
}


@dataclass(frozen=True)
class Scaffold:
    """One `kaderwijzer new <command>`: which file kind it writes and what it asks for."""

    command: str
    kind: str  # key of FILE_MODELS / LAYOUT
    what: str  # Dutch, for help and the header comment
    needs_region: bool
    takes_document: bool
    example_id: str  # an id of this kind, for `--id` help


SCAFFOLDS = {
    "source": Scaffold("source", "source", "brondocument (kader, nota, brief) dat de site citeert", False, False,
                       "wb-kaderdocument-inkoop-2026"),
    "region": Scaffold("region", "region", "regio (een samenwerking van gemeenten)", False, False, "west-brabant"),
    "document": Scaffold("document", "document", "document (kader, memo, nota) van een regio", True, False,
                         "wb-kaderdocument-inkoop-2026"),
    "section": Scaffold("section", "section", "hoofdstuk of thema van een document", True, True, "wb-3-2-toegang"),
    "segment": Scaffold("segment", "segment", "segment (groep diensten voor één doelgroep)", True, True,
                        "kortdurend-verblijf"),
    "term": Scaffold("term", "term", "begrip voor de begrippenlijst", False, False, "persoonsgebonden-budget"),
    "decision": Scaffold("decision", "decisions", "lijst met besluiten uit een document", True, True,
                         "wb-besluiten-2026"),
    "milestone": Scaffold("milestone", "milestones", "planning (mijlpalen) uit een document", True, True,
                          "wb-planning-2026"),
}


TEMPLATE_KINDS = frozenset(_TEMPLATES)


def template(kind: str) -> str:
    """The record part of a new file, with `{id}`, `{region}` and `{document}` still open."""
    return _TEMPLATES[kind].replace("{region_line}", "")


def stub(kind: str, ident: str, schema_ref: str, region: str = "", document: str | None = None) -> str:
    header = _HEADER.format(schema_line=SCHEMA_COMMENT + schema_ref, what=_what(kind))
    # A term for one region: its definition says so (a term without --region gets no `region` line).
    region_line = f"\n    region: {region}" if kind == "term" and region else ""
    return header + _TEMPLATES[kind].format(id=ident, region=region, document=document or "TODO", region_line=region_line)


def _what(kind: str) -> str:
    return next(s.what for s in SCAFFOLDS.values() if s.kind == kind)
