"""A new segment file whose placeholders fail validation until they are filled in."""

from __future__ import annotations

from kaderwijzer.yamlsource import SCHEMA_COMMENT

_SEGMENT = """{schema_line}
# Nieuw segment. Vervang elke TODO; `kaderwijzer validate` keurt het bestand af tot alles is ingevuld.
# Een keuzeveld (domains, service_type, direction, theme) noemt bij de controle de toegestane waarden.
# Uitleg per veld: de pagina "Voor redactie" op de site.
id: {id}
region: {region}
document: TODO
code: "TODO: code zoals in de bron, bv. 1a"
name: "TODO: naam van het segment"
domains: [TODO]
service_type: TODO
service_description: "TODO: welke hulp valt onder dit segment?"
target_group: "TODO: voor wie is dit segment?"
ambition: "TODO: wat wil de regio bereiken?"
goals:
  - id: doel-1
    text: "TODO: eerste doel"
indicators:
  - id: indicator-1
    name: "TODO: wat meten we?"
    direction: TODO
    theme: TODO
related: []
sources:
  - file: TODO.txt
    section: "TODO: hoofdstuk of kop in de bron"
"""


def segment_stub(region: str, ident: str, schema_ref: str) -> str:
    return _SEGMENT.format(schema_line=SCHEMA_COMMENT + schema_ref, id=ident, region=region)
