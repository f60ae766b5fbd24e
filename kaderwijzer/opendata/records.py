"""Open data records: each record as in `data/`, plus where it is shown and who links to it, and the whole export.

The JSON download is `OpenData`; its JSON Schema comes from these models, so the file always matches it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kaderwijzer.editor.schema import SCHEMA_ID_BASE
from kaderwijzer.model import (
    Citation,
    Decision,
    Document,
    GlossaryTerm,
    ItemCategory,
    Milestone,
    PolicyItem,
    Region,
    Section,
    Segment,
    Slug,
    Source,
)
from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.places import object_page, page_path
from kaderwijzer.model.sources import download_name, shareable
from kaderwijzer.model.status import milestone_is_approximate, precision

JSON_NAME = "kaderwijzer.json"
SCHEMA_NAME = "kaderwijzer.schema.json"
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


class ExportPolicyItem(PolicyItem):
    category: ItemCategory = Field(description="Categorie van de soort item (uit `item_kinds` van het document): `doel` telt als doel.")
    label: str = Field(description="Naam van de soort item zoals het document hem schrijft (enkelvoud), bv. `speerpunt`.")
    sources: list[Citation] = Field(description="Bronnen van het item: die van het item zelf, anders die van het hoofdstuk.")


class ExportSection(Section):
    items: list[ExportPolicyItem] = Field(description="Beleidsitems van dit hoofdstuk, met hun categorie en de naam die het document gebruikt.")
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
                  related_from=sorted(section_from[s.id]),
                  items=[{**p.item.model_dump(), "category": p.category, "label": p.kind.singular,
                          "sources": [c.model_dump() for c in (p.item.sources or p.section.sources)]}
                         for p in c.items_in(document=s.document, section=s.id)])
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


