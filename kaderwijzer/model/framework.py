"""The policy framework: regions, documents, their periods, and sections (chapters)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StrictInt, model_validator

from kaderwijzer.model.common import DocumentKind, DocumentStatus, Domain, Label, PartialDate, Record, SectionTopic, ServiceType, Slug, Text
from kaderwijzer.model.source import Sources
from kaderwijzer.model.municipalities import NamedMunicipality, Successor
from kaderwijzer.model.items import ItemKind, PolicyItem, duplicate_item_ids
from kaderwijzer.model.parts import Figure, ItemGroup


class Region(Record):
    """A group of municipalities that buys care together."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    name: Label = Field(description="Naam zoals in de bron.")
    short_name: Label | None = Field(default=None, description="Korte naam, bv. `BNO-O`.")
    municipalities: list[Label] = Field(
        default=[], description="Namen van gemeenten, alleen zoals de bron ze noemt; leeg als de bron geen namen geeft."
    )
    successors: list[Successor] = Field(
        default=[], description="Gemeenten van nu waarin genoemde gemeenten opgingen (fusies), met datum; algemene kennis als geen bron het noemt."
    )
    also_named: list[NamedMunicipality] = Field(
        default=[], description="Gemeenten die de bron bij de regio noemt maar die er niet bij horen, met waarom."
    )
    municipality_count: Annotated[StrictInt, Field(ge=1)] | None = Field(
        default=None, description="Aantal gemeenten volgens de bron, als de bron niet alle namen noemt."
    )
    coordinating_body: Label | None = Field(
        default=None, description="Wie de samenwerking trekt, bv. centrumgemeente of MGR."
    )
    central_municipality: Label | None = Field(default=None, description="Centrumgemeente, als die er is.")
    summary: Text = Field(description="Samenvatting in eigen woorden (Markdown, B1).")
    ambition: Text | None = Field(default=None, description="Wat de regio wil bereiken, in eigen woorden.")
    figures: list[Figure] = Field(default=[], description="Kerncijfers precies zoals de bron ze noemt.")
    principles: list[ItemGroup] = Field(default=[], description="Uitgangspunten, toezeggingen, sturing.")
    notes: list[Text] = Field(default=[], description="Opmerkingen die een lezer moet weten.")
    no_term_links: list[Label] = Field(
        default=[], description="Namen en woorden die op de site nooit naar de begrippenlijst linken: eigennamen van teams, "
        "organisaties en wetten, en gewone woorden die een andere regio als vakterm gebruikt (bv. `plek`)."
    )
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _municipalities_known(self) -> Region:
        if not self.municipalities and self.municipality_count is None:
            raise ValueError("noem de gemeenten in `municipalities` of hun aantal in `municipality_count`")
        if self.municipality_count is not None and self.municipality_count < len(self.municipalities):
            raise ValueError(
                f"`municipality_count` ({self.municipality_count}) is kleiner dan het aantal genoemde gemeenten "
                f"({len(self.municipalities)})"
            )
        return self

    def successor_of(self, municipality: str) -> Successor | None:
        return next((s for s in self.successors if municipality in s.municipalities), None)

    @property
    def municipality_total(self) -> int:
        """How many municipalities the region has, as the source says (names may be fewer)."""
        return self.municipality_count or len(self.municipalities)


class Period(Record):
    """The years or dates a document covers, as precise as the source gives them."""

    start: PartialDate | None = Field(default=None, description="Begin: `2020`, `2020-01` of `2020-01-01`.")
    end: PartialDate | None = Field(default=None, description="Einde (inclusief): `2023`, `2023-12` of `2023-12-31`; leeg als de bron geen einde noemt.")
    text: Label | None = Field(default=None, description="Looptijd in de woorden van de bron, bv. `vanaf 2025 (contracten tot maximaal 10 jaar)`.")

    @model_validator(mode="after")
    def _has_some_time(self) -> Period:
        if self.start is None and self.end is None and self.text is None:
            raise ValueError("een looptijd heeft een `start`, een `end` of een `text` nodig")
        if self.start is not None and self.end is not None and _first_day(self.end) < _first_day(self.start):
            raise ValueError(f"`end` ({self.end}) ligt vóór `start` ({self.start})")
        return self


def _first_day(value: dt.date | int | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return dt.date(value, 1, 1)
    year, month = value.split("-")
    return dt.date(int(year), int(month), 1)

class Document(Record):
    """A framework, memo or note that the region published."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    region: Slug = Field(description="Id van de regio, bv. `midden-holland`.")
    title: Label = Field(description="Titel of kop.")
    kind: DocumentKind = Field(description="Soort document.")
    version: Label | None = Field(default=None, description="Versie zoals in de bron, bv. `1.0`.")
    date: PartialDate | None = Field(default=None, description="Datum van het document, zo precies als de bron hem geeft.")
    period: Period | None = Field(default=None, description="Looptijd van het document, als de bron die noemt.")
    status: DocumentStatus = Field(description="Status zoals de bron die geeft: `vastgesteld`, `concept`, `advies`, `informatie` of `onbekend`.")
    summary: Text = Field(description="Samenvatting in eigen woorden (Markdown, B1).")
    follows: Slug | None = Field(default=None, description="Id van het document waar dit op volgt.")
    part_of: Slug | None = Field(default=None, description="Id van het document waar dit bij hoort.")
    order: StrictInt = Field(default=0, description="Volgorde binnen de regio.")
    domains: list[Domain] = Field(default=[], description="De wetten waar het document over gaat, bv. `[wmo]`.")
    item_kinds: list[ItemKind] = Field(
        default=[], description="De soorten items die dit document noemt, met de woorden van het document, bv. `speerpunt` / `speerpunten`."
    )
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _item_kinds_unique(self) -> Document:
        ids = [k.id for k in self.item_kinds]
        doubles = sorted({i for i in ids if ids.count(i) > 1})
        if doubles:
            raise ValueError(f"soort `{doubles[0]}` staat twee keer in `item_kinds`")
        return self

    def item_kind(self, ident: str) -> ItemKind | None:
        return next((k for k in self.item_kinds if k.id == ident), None)


class ProcurementFact(Record):
    """How the region buys one type of care, stated in a section rather than in a segment."""

    service_type: ServiceType = Field(description="Type zorg, om met segmenten van andere regio's te vergelijken.")
    title: Label = Field(description="Waar het over gaat, zoals in de bron, bv. `Huishoudelijke verzorging`.")
    procurement: Text = Field(description="Gekozen inkoop- of contractvorm, in eigen woorden.")
    providers: Label | None = Field(default=None, description="Aantal (gecontracteerde) aanbieders zoals de bron het noemt.")


class Section(Record):
    """A chapter or theme of a document, written as a readable web page."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    region: Slug = Field(description="Id van de regio, bv. `midden-holland`.")
    document: Slug = Field(description="Id van het document waar dit uit komt.")
    number: Label | None = Field(default=None, description="Nummer zoals in de bron, bv. `3.2`.")
    title: Label = Field(description="Titel of kop.")
    order: StrictInt = Field(default=0, description="Volgorde; lager komt eerst.")
    topics: list[SectionTopic] = Field(default=[], description="Onderwerpen, bv. `inkoop` voor de pagina voor aanbieders.")
    summary: Text = Field(description="Samenvatting in eigen woorden (Markdown, B1).")
    groups: list[ItemGroup] = Field(default=[], description="Lijsten uit de bron, elk met een kop.")
    items: list[PolicyItem] = Field(
        default=[], description="Beleidsitems van dit hoofdstuk (doelen, uitgangspunten, speerpunten, risico's …), elk met een `kind` uit `item_kinds` van het document."
    )
    figures: list[Figure] = Field(default=[], description="Kerncijfers precies zoals de bron ze noemt.")
    procurement_facts: list[ProcurementFact] = Field(
        default=[], description="Inkoopkeuzes per type zorg die de bron buiten segmenten noemt, voor de vergelijking."
    )
    related_sections: list[Slug] = Field(default=[], description="Ids van hoofdstukken die hierbij horen.")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _item_ids_unique(self) -> Section:
        doubles = duplicate_item_ids(self.items)
        if doubles:
            raise ValueError(f"id `{doubles[0]}` komt twee keer voor in `items`")
        return self
