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
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field

from kaderwijzer.corpus import Corpus
from kaderwijzer.datapackage import DCAT_NAME, PACKAGE_NAME, datapackage, dcat_record
from kaderwijzer.model import (
    Decision,
    Document,
    GlossaryTerm,
    Milestone,
    Region,
    Section,
    Segment,
    Citation,
    Slug,
    Source,
)
from kaderwijzer.sources import download_name, local_copy_path, shareable
from kaderwijzer.status import build_date, milestone_is_approximate, precision
from kaderwijzer.schema import SCHEMA_ID_BASE
from kaderwijzer.urls import object_page, page_path

JSON_NAME = "kaderwijzer.json"
SCHEMA_NAME = "kaderwijzer.schema.json"
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
FORMAT_VERSION = 2  # 2: citations name a source document (`source`) instead of a file

Ids = list[Slug]
PagePath = Field(description="Pagina op de site, als pad vanaf de hoofdmap, bv. `midden-holland/segmenten/crisis/`.")
FilePath = Field(description="Bronbestand in de map `data/`, bv. `segments/midden-holland/crisis.yml`.")


# ---- export models: each record as in data/, plus where it is shown and who links to it ----
class ExportSource(Source):
    page: str = PagePath
    file: str = FilePath
    download: str | None = Field(description="Kopie van het document in de downloads (pad vanaf de map `downloads/`), als die gedeeld mag worden.")


class ExportRegion(Region):
    page: str = PagePath
    file: str = FilePath
    documents: Ids = Field(description="Ids van de documenten van deze regio.")
    segments: Ids = Field(description="Ids van de segmenten van deze regio.")


class ExportDocument(Document):
    page: str = PagePath
    file: str = FilePath
    sections: Ids = Field(description="Ids van de hoofdstukken van dit document.")
    segments: Ids = Field(description="Ids van de segmenten uit dit document.")
    parts: Ids = Field(description="Ids van documenten die bij dit document horen (`part_of`).")
    followed_by: Ids = Field(description="Ids van documenten die op dit document volgen (`follows`).")
    decisions: Ids = Field(description="Ids van de besluiten bij dit document.")
    milestones: Ids = Field(description="Ids van de mijlpalen bij dit document.")


class ExportSection(Section):
    page: str = PagePath
    file: str = FilePath
    related_from: Ids = Field(description="Ids van hoofdstukken die naar dit hoofdstuk verwijzen.")


class ExportSegment(Segment):
    page: str = PagePath
    file: str = FilePath
    related_from: Ids = Field(description="Ids van segmenten die dit segment als raakvlak noemen.")


class ExportTerm(GlossaryTerm):
    page: str = PagePath
    file: str = FilePath
    see_also_from: Ids = Field(description="Ids van begrippen die naar dit begrip verwijzen.")


class ExportDecision(Decision):
    region: Slug
    document: Slug
    list_title: str = Field(description="Titel van de lijst besluiten waar dit besluit in staat.")
    page: str = PagePath


class ExportMilestone(Milestone):
    region: Slug
    document: Slug
    list_title: str = Field(description="Titel van de planning waar deze mijlpaal in staat.")
    page: str = PagePath
    approximate: bool = Field(description="`true` als de bron geen precieze dag noemt: alleen een maand, een jaar of woorden (`when`).")
    start_precision: Literal["day", "month", "year"] | None = Field(description="Hoe precies `start` is: `day`, `month` of `year`; leeg zonder `start`.")


class OpenData(BaseModel):
    """Alle gegevens van Kaderwijzer in één bestand."""

    model_config = ConfigDict(extra="forbid", title="Kaderwijzer open data")

    format_version: Literal[2] = Field(description="Versie van dit formaat; verandert als velden verdwijnen of van betekenis veranderen.")
    sources: list[ExportSource] = Field(description="De brondocumenten waar de gegevens uit komen.")
    regions: list[ExportRegion]
    documents: list[ExportDocument]
    sections: list[ExportSection]
    segments: list[ExportSegment]
    terms: list[ExportTerm]
    decisions: list[ExportDecision]
    milestones: list[ExportMilestone]


def export_schema() -> dict[str, Any]:
    schema = OpenData.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{SCHEMA_ID_BASE}{SCHEMA_NAME}"
    return schema


# ---- building the export ----
def _page(corpus: Corpus, kind: str, ident: str) -> str:
    found = object_page(corpus, kind, ident)
    assert found is not None, (kind, ident)
    return page_path(*found)


def _with(record: BaseModel, model: type[BaseModel], **extra: Any) -> Any:
    # Re-validate into the export model, so the file always matches its schema.
    return model.model_validate({**record.model_dump(exclude_unset=False), **extra})


def build_open_data(corpus: Corpus) -> OpenData:
    c = corpus
    parts: dict[str, list[str]] = defaultdict(list)
    followed_by: dict[str, list[str]] = defaultdict(list)
    for doc in c.documents.values():
        if doc.part_of:
            parts[doc.part_of].append(doc.id)
        if doc.follows:
            followed_by[doc.follows].append(doc.id)
    section_from: dict[str, list[str]] = defaultdict(list)
    for sec in c.sections.values():
        for other in sec.related_sections:
            section_from[other].append(sec.id)
    term_from: dict[str, list[str]] = defaultdict(list)
    for term in c.terms.values():
        for other in term.see_also:
            term_from[other].append(term.id)

    documents = [d for r in c.regions for d in c.documents_by_region.get(r, [])]
    sections = [s for d in documents for s in c.sections_by_document.get(d.id, [])]
    segments = c.segments_in()
    return OpenData(
        format_version=FORMAT_VERSION,
        sources=[
            _with(src, ExportSource, page=_page(c, "source", src.id), file=c.files[("source", src.id)],
                  download=download_name(src) if shareable(src) else None)
            for src in c.sources.values()
        ],
        regions=[
            _with(r, ExportRegion, page=_page(c, "region", r.id), file=c.files[("region", r.id)],
                  documents=c.document_ids(r.id), segments=[s.id for s in c.segments_in(r.id)])
            for r in c.regions.values()
        ],
        documents=[
            _with(d, ExportDocument, page=_page(c, "document", d.id), file=c.files[("document", d.id)],
                  sections=[s.id for s in c.sections_by_document.get(d.id, [])],
                  segments=[s.id for s in c.segments_by_document.get(d.id, [])],
                  parts=sorted(parts[d.id]), followed_by=sorted(followed_by[d.id]),
                  decisions=[x.id for dl, x in c.decisions() if dl.document == d.id],
                  milestones=[m.id for ml in c.milestone_lists if ml.document == d.id for m in ml.milestones])
            for d in documents
        ],
        sections=[
            _with(s, ExportSection, page=_page(c, "section", s.id), file=c.files[("section", s.id)],
                  related_from=sorted(section_from[s.id]))
            for s in sections
        ],
        segments=[
            _with(s, ExportSegment, page=_page(c, "segment", s.id), file=c.files[("segment", s.id)],
                  related_from=c.related_from.get(s.id, []))
            for s in segments
        ],
        terms=[
            _with(t, ExportTerm, page=_page(c, "term", t.id), file=c.files[("term", t.id)],
                  see_also_from=sorted(term_from[t.id]))
            for t in sorted(c.terms.values(), key=lambda t: t.id)
        ],
        decisions=[
            _with(d, ExportDecision, region=dl.region, document=dl.document, list_title=dl.title,
                  page=_page(c, "document", dl.document))
            for dl, d in c.decisions()
        ],
        milestones=[
            _with(m, ExportMilestone, region=ml.region, document=ml.document, list_title=ml.title,
                  page=_page(c, "document", ml.document), approximate=milestone_is_approximate(m),
                  start_precision=precision(m.start) if m.start is not None else None)
            for ml, m in c.milestones()
        ],
    )


# ---- CSV tables ----
def _sources_cell(sources: Iterable[Citation]) -> str:
    return " | ".join(f"{s.source} ({s.section})" for s in sources)


def _scoped_cell(items: Iterable[Any]) -> str:
    return " | ".join(f"{i.domain.label}: {i.text}" if i.domain else i.text for i in items)


FORMULA_START = ("=", "+", "-", "@")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    # Excel runs a cell that starts like a formula; an apostrophe makes it plain text.
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode(CSV_ENCODING)


def segments_csv(data: OpenData) -> bytes:
    header = ["region", "document", "id", "code", "name", "group", "domains", "service_type", "target_group",
              "service_description", "ambition", "procurement", "choice_freedom", "expected_providers",
              "goals", "indicators", "related", "related_from", "page", "sources"]
    rows = (
        [s.region, s.document, s.id, s.code, s.name, s.group, ", ".join(d.value for d in s.domains),
         s.service_type and s.service_type.value, _scoped_cell(s.target_group), _scoped_cell(s.service_description),
         s.ambition, s.procurement, s.choice_freedom, s.expected_providers, len(s.goals), len(s.indicators),
         " ".join(s.related), " ".join(s.related_from), s.page, _sources_cell(s.sources)]
        for s in data.segments
    )
    return _csv(header, rows)


def goals_csv(data: OpenData) -> bytes:
    header = ["region", "segment", "segment_name", "id", "domain", "reference", "text"]
    rows = (
        [s.region, s.id, s.name, g.id, g.domain and g.domain.value, g.reference, g.text]
        for s in data.segments for g in s.goals
    )
    return _csv(header, rows)


def indicators_csv(data: OpenData) -> bytes:
    header = ["region", "segment", "segment_name", "id", "name", "direction", "theme", "domain", "definition"]
    rows = (
        [s.region, s.id, s.name, i.id, i.name, i.direction.value, i.theme.value, i.domain and i.domain.value, i.definition]
        for s in data.segments for i in s.indicators
    )
    return _csv(header, rows)


def glossary_csv(data: OpenData) -> bytes:
    header = ["id", "term", "abbreviation", "region", "definition", "general_knowledge", "sources", "see_also"]
    rows = (
        [t.id, t.term, t.abbreviation, d.region, d.text, "ja" if d.general_knowledge else "nee", _sources_cell(d.sources),
         " ".join(t.see_also)]
        for t in data.terms for d in t.definitions
    )
    return _csv(header, rows)


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
    "doelen.csv": ("CSV", "Eén rij per doel, met het segment waar het doel bij hoort."),
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
