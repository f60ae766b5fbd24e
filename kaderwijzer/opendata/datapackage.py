"""Open data that describes itself: a Frictionless Data Package and a DCAT-AP-NL record for the downloads.

The field descriptions come from the export models (the same Dutch texts as the JSON Schema), so a
CSV reader learns what a column means without the Downloads page. The sources of the package are the
documents of the registry `data/sources/`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import Definition, Goal, GlossaryTerm, Indicator
from kaderwijzer.model.sources import source_label
from kaderwijzer.opendata.records import ExportSegment

PACKAGE_NAME = "datapackage.json"
DCAT_NAME = "dcat.jsonld"
LICENCE = {"name": "CC-BY-4.0", "title": "Creative Commons Naamsvermelding 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}
TITLE = "Kaderwijzer: regionaal inkoopbeleid sociaal domein"
DESCRIPTION = ("Regionaal inkoopbeleid voor Wmo, Jeugdwet en Participatiewet als open data: regio's, documenten, "
               "hoofdstukken met hun beleidsitems (doelen, uitgangspunten, risico's …), segmenten met doelen en indicatoren, begrippen, besluiten en planning, in eigen woorden "
               "samengevat uit openbare beleidsdocumenten. Elk onderdeel noemt het brondocument en het hoofdstuk.")
SOURCES_CELL = "Bronnen als `bron-id (hoofdstuk of kop)`, gescheiden door ` | `; de bron-ids staan in `sources` van kaderwijzer.json."
LIST_CELL = "Ids gescheiden door een spatie."

# Column -> (model the description comes from, its field) or a fixed description; the type is Frictionless'.
Column = tuple[str, str, "tuple[type[BaseModel], str] | str"]


def _csv_columns() -> dict[str, list[Column]]:

    seg = ExportSegment
    return {
        "segmenten.csv": [
            ("region", "string", (seg, "region")), ("document", "string", (seg, "document")), ("id", "string", (seg, "id")),
            ("code", "string", (seg, "code")), ("name", "string", (seg, "name")), ("group", "string", (seg, "group")),
            ("domains", "string", "Wetten waar het segment onder valt (`wmo`, `jeugd`, `participatie`, `beschermd-wonen-mo`), gescheiden door een komma."),
            ("service_type", "string", (seg, "service_type")),
            ("target_group", "string", "Voor wie het segment is; per wet als `Wet: tekst`, gescheiden door ` | `."),
            ("service_description", "string", "Omschrijving van de zorgdienst; per wet als `Wet: tekst`, gescheiden door ` | `."),
            ("ambition", "string", (seg, "ambition")), ("procurement", "string", (seg, "procurement")),
            ("choice_freedom", "string", (seg, "choice_freedom")), ("expected_providers", "string", (seg, "expected_providers")),
            ("goals", "integer", "Aantal doelen van het segment (de doelen zelf staan in doelen.csv)."),
            ("indicators", "integer", "Aantal indicatoren van het segment (ze staan in indicatoren.csv)."),
            ("related", "string", f"{seg.model_fields['related'].description} {LIST_CELL}"),
            ("related_from", "string", f"{seg.model_fields['related_from'].description} {LIST_CELL}"),
            ("page", "string", (seg, "page")), ("sources", "string", SOURCES_CELL),
        ],
        "doelen.csv": [
            ("region", "string", (seg, "region")),
            ("segment", "string", "Id van het segment waar het doel bij hoort; leeg bij een doel dat het document buiten segmenten noemt."),
            ("segment_name", "string", "Naam van dat segment."),
            ("id", "string", "Id van het doel, uniek binnen het segment of het hoofdstuk."),
            ("domain", "string", (Goal, "domain")), ("reference", "string", (Goal, "reference")), ("text", "string", (Goal, "text")),
            ("document", "string", "Id van het document waar het doel uit komt."),
            ("section", "string", "Id van het hoofdstuk bij een doel buiten segmenten; leeg bij een doel van een segment."),
            ("kind", "string", "Bij een doel buiten segmenten: hoe het document zo'n doel noemt, bv. `hoofddoelstelling`."),
        ],
        "indicatoren.csv": [
            ("region", "string", (seg, "region")), ("segment", "string", "Id van het segment waar de indicator bij hoort."),
            ("segment_name", "string", "Naam van dat segment."), ("id", "string", "Id van de indicator, uniek binnen het segment."),
            ("name", "string", (Indicator, "name")), ("direction", "string", (Indicator, "direction")),
            ("theme", "string", (Indicator, "theme")), ("domain", "string", (Indicator, "domain")),
            ("definition", "string", (Indicator, "definition")),
        ],
        "begrippen.csv": [
            ("id", "string", (GlossaryTerm, "id")), ("term", "string", (GlossaryTerm, "term")),
            ("abbreviation", "string", (GlossaryTerm, "abbreviation")), ("region", "string", (Definition, "region")),
            ("definition", "string", "De definitie, in eigen woorden (Markdown)."),
            ("general_knowledge", "boolean", "`ja` als de definitie uit algemene kennis komt en niet uit een brondocument, anders `nee`."),
            ("sources", "string", SOURCES_CELL), ("see_also", "string", f"{GlossaryTerm.model_fields['see_also'].description} {LIST_CELL}"),
        ],
    }


def _field(name: str, kind: str, origin: Any) -> dict[str, Any]:
    if isinstance(origin, str):
        description = origin
    else:
        model, field = origin
        description = model.model_fields[field].description or ""
    entry: dict[str, Any] = {"name": name, "type": kind, "description": description}
    if kind == "boolean":
        entry.update(trueValues=["ja"], falseValues=["nee"])
    return entry


def datapackage(corpus: Corpus, csv_headers: dict[str, list[str]]) -> dict[str, Any]:
    """The Data Package for the downloads folder; `csv_headers` are the header rows as written."""
    resources: list[dict[str, Any]] = [{
        "name": "kaderwijzer", "path": "kaderwijzer.json", "format": "json", "mediatype": "application/json",
        "encoding": "utf-8", "title": "Alle gegevens in één bestand",
        "description": "Alle gegevens met ids, verwijzingen in beide richtingen en bronnen. De opbouw beschrijft kaderwijzer.schema.json (JSON Schema).",
    }]
    for name, columns in _csv_columns().items():
        assert [c[0] for c in columns] == csv_headers[name], name  # a new CSV column needs a description here
        resources.append({
            "name": name.removesuffix(".csv"), "path": name, "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "dialect": {"delimiter": ";"},
            "schema": {"fields": [_field(*c) for c in columns], "missingValues": [""]},
        })
    return {
        "name": "kaderwijzer", "title": TITLE, "description": DESCRIPTION, "language": "nl",
        "licenses": [LICENCE],
        "sources": [{"title": source_label(s), **({"path": s.url} if s.url else {})} for s in corpus.sources.values()],
        "resources": resources,
    }


def dcat_record(corpus: Corpus, site_url: str, files: list[str], modified: dt.date | None = None) -> dict[str, Any]:
    """A DCAT-AP-NL dataset description (JSON-LD), so a region can register the dataset in a national catalogue."""
    base = site_url.rstrip("/") + "/"
    downloads = f"{base}downloads/"
    formats = {"json": ("JSON", "application/json"), "csv": ("CSV", "text/csv"), "jsonld": ("JSON_LD", "application/ld+json"),
               "txt": ("TXT", "text/plain")}
    distributions = []
    for name in files:
        extension = name.rsplit(".", 1)[-1]
        if extension not in formats or name.startswith(("schema/", "bronnen/")) or name == DCAT_NAME:
            continue
        label, mediatype = formats[extension]
        distributions.append({
            "@type": "dcat:Distribution", "dct:title": name, "dcat:accessURL": {"@id": f"{base}downloads/"},
            "dcat:downloadURL": {"@id": downloads + name}, "dcat:mediaType": mediatype,
            "dct:format": {"@id": f"http://publications.europa.eu/resource/authority/file-type/{label}"},
            "dct:license": {"@id": LICENCE["path"]},
        })
    record: dict[str, Any] = {
        "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/",
                     "foaf": "http://xmlns.com/foaf/0.1/", "vcard": "http://www.w3.org/2006/vcard/ns#",
                     "overheid": "http://standaarden.overheid.nl/owms/terms/"},
        "@id": f"{base}#dataset", "@type": "dcat:Dataset",
        "dct:identifier": f"{base}downloads/{PACKAGE_NAME}",
        "dct:title": {"@language": "nl", "@value": TITLE},
        "dct:description": {"@language": "nl", "@value": DESCRIPTION},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/NLD"},
        "dct:license": {"@id": LICENCE["path"]},
        "dcat:theme": [{"@id": "http://standaarden.overheid.nl/owms/terms/Zorg_en_gezondheid"},
                       {"@id": "http://standaarden.overheid.nl/owms/terms/Sociale_zekerheid"}],
        "dcat:keyword": ["Wmo", "Jeugdwet", "Participatiewet", "inkoop", "sociaal domein"],
        "dcat:landingPage": {"@id": f"{base}downloads/"},
        "dct:spatial": [r.name for r in corpus.regions.values()],
        "dct:source": [source_label(s) for s in corpus.sources.values()],
        "dcat:contactPoint": {"@type": "vcard:Organization", "vcard:fn": "Redactie Kaderwijzer",
                              "vcard:hasURL": {"@id": f"{base}bijdragen/"}},
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": "Kaderwijzer"},
        "dcat:distribution": distributions,
    }
    if modified is not None:
        record["dct:modified"] = modified.isoformat()
    return record
