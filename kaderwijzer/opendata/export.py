"""Open data: the whole corpus as one JSON file with its own JSON Schema, plus CSV tables.

`render_downloads` computes every file once per build; the site and
`kaderwijzer export` write the same bytes. During a site build the files wait in a
private folder (`StagedFiles`), so only their sizes stay in memory. The JSON holds every object with
its id, its links in both directions and its sources. The CSV files are
UTF-8 with a byte order mark and `;` as separator, so Dutch Excel opens them
correctly; their column names are the field names of the JSON.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.sources import download_name, local_copy_path, shareable
from kaderwijzer.model.status import build_date
from kaderwijzer.opendata.datapackage import DCAT_NAME, PACKAGE_NAME, datapackage, dcat_record
from kaderwijzer.opendata.records import JSON_NAME, SCHEMA_NAME, build_open_data, export_schema
from kaderwijzer.opendata.tables import CSV_DELIMITER, CSV_ENCODING, glossary_csv, goals_csv, indicators_csv, segments_csv


# ---- the list of downloads ----
@dataclass(frozen=True)
class Download:
    name: str  # path under downloads/
    format: str
    description: str


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _model_json_bytes(model: BaseModel) -> bytes:
    # The same bytes as _json_bytes(model.model_dump(mode="json")), from pydantic's own serializer:
    # `json.dumps` with `indent` falls back to its pure-Python encoder, slow for the whole corpus.
    return (model.model_dump_json(indent=2) + "\n").encode("utf-8")


def _header(content: bytes) -> list[str]:
    return next(csv.reader(io.StringIO(content.decode(CSV_ENCODING)), delimiter=CSV_DELIMITER))


def render_downloads(corpus: Corpus, schema_dir: Path, site_url: str | None = None) -> dict[str, bytes]:
    """File name (under downloads/) -> content, in the order the Downloads page lists them."""
    data = build_open_data(corpus)
    files = {
        JSON_NAME: _model_json_bytes(data),
        SCHEMA_NAME: _json_bytes(export_schema()),
        "segmenten.csv": segments_csv(data),
        "doelen.csv": goals_csv(data),
        "indicatoren.csv": indicators_csv(data),
        "begrippen.csv": glossary_csv(data),
    }
    headers = {name: _header(content) for name, content in files.items() if name.endswith(".csv")}
    files[PACKAGE_NAME] = _json_bytes(datapackage(corpus, headers))
    site = site_url or os.environ.get("KADERWIJZER_SITE_URL") or "http://127.0.0.1:8000/"
    files[DCAT_NAME] = _json_bytes(dcat_record(corpus, site, [*files, DCAT_NAME], build_date()))
    for path in sorted(Path(schema_dir).glob("*.schema.json")):
        files[f"schema/{path.name}"] = path.read_bytes()
    for source in corpus.sources.values():
        copy = local_copy_path(source, corpus.seeds_dir) if shareable(source) and corpus.seeds_dir else None
        if copy is not None:
            files[download_name(source)] = copy.read_bytes()
    return files


_DESCRIPTIONS = {
    JSON_NAME: ("JSON", "Alle gegevens in één bestand: regio's, documenten, hoofdstukken, segmenten met doelen en "
                        "indicatoren, begrippen, besluiten en planning. Met ids, verwijzingen in beide richtingen en bronnen."),
    SCHEMA_NAME: ("JSON Schema", f"Beschrijft de opbouw van de download `{JSON_NAME}`; hiermee kunt u het bestand controleren."),
    "segmenten.csv": ("CSV", "Eén rij per segment, met doelgroep, ambitie, inkoopvorm en het aantal doelen en indicatoren."),
    "doelen.csv": ("CSV", "Eén rij per doel: de doelen van segmenten en de doelen die een document buiten segmenten noemt, met het segment of hoofdstuk."),
    "indicatoren.csv": ("CSV", "Eén rij per indicator, met gewenste richting en thema."),
    "begrippen.csv": ("CSV", "Eén rij per definitie van een begrip; een begrip met twee definities staat er twee keer in."),
    PACKAGE_NAME: ("Data Package (JSON)", "Beschrijving van alle bestanden volgens Frictionless Data: licentie, bronnen en per "
                                          "CSV-kolom het type en de betekenis. Programma's lezen hiermee de CSV-bestanden goed in."),
    DCAT_NAME: ("DCAT-AP-NL (JSON-LD)", "Beschrijving van de dataset voor een open-datacatalogus, zoals data.overheid.nl."),
}
_SCHEMA_KINDS = {
    "source": "brondocument",
    "region": "regio", "document": "document", "section": "hoofdstuk", "segment": "segment", "term": "begrip",
    "decisions": "besluitenlijst", "milestones": "planning",
}


def describe(name: str) -> Download:
    """Format and description of one download, for the Downloads page."""
    if name.startswith("bronnen/"):
        return Download(name, "Tekst", "Kopie van een brondocument (platte tekst uit de PDF); zie de pagina Bronnen.")
    if name in _DESCRIPTIONS:
        fmt, text = _DESCRIPTIONS[name]
        return Download(name, fmt, text)
    kind = Path(name).name.removesuffix(".schema.json")
    label = _SCHEMA_KINDS.get(kind, kind)
    return Download(name, "JSON Schema", f"Schema voor de YAML-bestanden van het soort {label} in `data/` (de invoer van de redactie, niet de download); voor redacteuren en hun editor.")


def write_downloads(corpus: Corpus, out_dir: Path, schema_dir: Path) -> list[Path]:
    return write_files(render_downloads(corpus, schema_dir), out_dir)


def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    written = []
    for name, content in files.items():
        path = Path(out_dir) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


@dataclass(frozen=True)
class StagedFiles:
    """Files written once to a private folder and published later; only their sizes stay in memory."""

    folder: Path
    sizes: dict[str, int]  # path under the folder -> bytes, in the order given

    @classmethod
    def stage(cls, files: dict[str, bytes]) -> StagedFiles:
        folder = Path(tempfile.mkdtemp(prefix="kaderwijzer-downloads-"))
        write_files(files, folder)
        return cls(folder, {name: len(content) for name, content in files.items()})

    def publish(self, out_dir: Path) -> None:
        for name in self.sizes:
            target = Path(out_dir) / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.folder / name, target)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
