"""Typed policy records. One class per kind of object; no rendering here.

Every text field is Markdown written in our own words. Text is checked by
:mod:`kaderwijzer.text` so that raw HTML and template syntax never reach a page.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from kaderwijzer.text import check_text, iso_date

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# A local copy is a bare file name in the folder of source documents: no folders, no hidden files.
LOCAL_COPY_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.(txt|pdf|md|html|odt|docx)$"
URL_PATTERN = r"^https?://[^\s<>\"]+$"
MAX_TEXT = 20_000

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=80),
    Field(description="Stabiele id: kleine letters, cijfers en streepjes, bv. `hulp-bij-het-huishouden`."),
]
Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT),
    AfterValidator(check_text),
    Field(description="Tekst in Markdown, in eigen woorden (B1). Geen HTML."),
]
# Dates are read from text (YAML 1.2, as in the editor: quoted or not, `2025-01-01` is text until here);
# strict keeps numbers and other spellings from becoming dates.
Date = Annotated[dt.date, Strict(), BeforeValidator(iso_date)]
Year = Annotated[StrictInt, Field(ge=1900, le=2200, description="Alleen een jaar, bv. `2020`.")]
YEAR_MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
YearMonth = Annotated[
    str,
    StringConstraints(pattern=YEAR_MONTH_PATTERN),
    Field(description="Jaar en maand, bv. `2020-10`."),
]
# Documents often give only a year or a month; never make a day up to fill the gap.
PartialDate = Annotated[
    Date | Year | YearMonth,
    Field(description="Datum zo precies als de bron hem geeft: `2020-10-26`, `2020-10` of `2020`."),
]
Label = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    AfterValidator(check_text),
]


class Record(BaseModel):
    """Base for every record: unknown keys and silent coercion are errors."""

    # Numbers are StrictInt; strings never come from numbers in pydantic v2.
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Domain(str, Enum):
    """The law a service falls under."""

    wmo = "wmo"
    jeugd = "jeugd"
    participatie = "participatie"
    bw_mo = "beschermd-wonen-mo"

    @property
    def label(self) -> str:
        return DOMAIN_LABELS[self]


DOMAIN_LABELS = {
    Domain.wmo: "Wmo",
    Domain.jeugd: "Jeugd",
    Domain.participatie: "Participatie",
    Domain.bw_mo: "Beschermd wonen & maatschappelijke opvang",
}


class Direction(str, Enum):
    """Which way an indicator should move."""

    toename = "toename"
    afname = "afname"
    stabilisatie = "stabilisatie"


class IndicatorTheme(str, Enum):
    """Shared grouping of indicators across regions."""

    wachttijd = "wachttijd"
    duur = "duur"
    instroom_uitstroom = "instroom-uitstroom"
    aantallen = "aantallen"
    terugval = "terugval"
    tevredenheid = "tevredenheid"
    kwaliteit = "kwaliteit"


class ServiceType(str, Enum):
    """Shared taxonomy to compare segments across regions."""

    hulp_bij_het_huishouden = "hulp-bij-het-huishouden"
    respijtzorg = "respijtzorg"
    begeleiding = "begeleiding"
    dagbesteding = "dagbesteding"
    wonen = "wonen"
    crisis = "crisis"
    jeugdbescherming = "jeugdbescherming"
    jeugdreclassering = "jeugdreclassering"
    behandeling = "behandeling"
    specialistische_jeugdhulp = "specialistische-jeugdhulp"
    gesloten_jeugdhulp = "gesloten-jeugdhulp"
    forensische_zorg = "forensische-zorg"
    werk_en_participatie = "werk-en-participatie"


class SectionTopic(str, Enum):
    """What a section is about, so journeys (e.g. providers' procurement page) can find it."""

    inkoop = "inkoop"
    planning = "planning"
    toegang = "toegang"
    kwaliteit = "kwaliteit"
    financiering = "financiering"
    marktconsultatie = "marktconsultatie"


class DocumentKind(str, Enum):
    """What kind of document a region published."""

    kaderdocument = "kaderdocument"
    beleidskader = "beleidskader"
    uitvoeringskader = "uitvoeringskader"
    inkoopstrategie = "inkoopstrategie"
    beleidsplan = "beleidsplan"
    verordening = "verordening"
    marktconsultatie = "marktconsultatie"
    nota_van_inlichtingen = "nota-van-inlichtingen"
    memo = "memo"
    bijlage = "bijlage"
    adviesnota = "adviesnota"
    raadsinformatiebrief = "raadsinformatiebrief"


class DocumentStatus(str, Enum):
    """What the source says about the standing of a document."""

    vastgesteld = "vastgesteld"
    concept = "concept"
    advies = "advies"
    informatie = "informatie"
    onbekend = "onbekend"


class Source(Record):
    """A source document in the registry `data/sources/`: what it is, who published it, where to find it."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Gelijk aan de bestandsnaam.")
    title: Label = Field(description="Titel zoals het document hem geeft.")
    short_title: Label | None = Field(
        default=None, description="Korte titel voor verwijzingen, bv. zonder de naam van de regio die ook bij de uitgever staat."
    )
    publishers: list[Label] = Field(
        default=[], description="Wie het document uitgaf, zoals het document dat noemt; leeg als het document het niet zegt."
    )
    kind: DocumentKind = Field(description="Soort document.")
    date: PartialDate | None = Field(default=None, description="Datum zoals het document hem geeft (`2020-10-26`, `2020-10` of `2020`); leeg als het document geen datum noemt.")
    date_text: Label | None = Field(default=None, description="Datum in woorden als het document niet precies is, bv. `najaar 2020`.")
    description: Text | None = Field(default=None, description="Wat dit document is, in eigen woorden (Markdown, B1).")
    url: Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2000)] | None = Field(
        default=None, description="Openbaar adres van het origineel (`https://…`), als dat er is."
    )
    local_copy: Annotated[str, StringConstraints(pattern=LOCAL_COPY_PATTERN, max_length=200)] | None = Field(
        default=None, description="Bestandsnaam van de kopie in de map met brondocumenten (`../shared/seeds/`)."
    )
    copy_part: Label | None = Field(
        default=None, description="Welk deel van de kopie dit document is, als de kopie meer documenten bevat."
    )
    redistribute: bool = Field(default=False, description="`true` als de kopie op de site als download mag staan.")
    licence: Label | None = Field(default=None, description="Licentie of reden waarom de kopie gedeeld mag worden.")
    availability: Text | None = Field(
        default=None, description="Waar het origineel te vinden is als er geen openbaar adres is of de kopie niet gedeeld mag worden."
    )

    @model_validator(mode="after")
    def _shareable(self) -> Source:
        if self.redistribute and not self.local_copy:
            raise ValueError("`redistribute: true` kan alleen met een `local_copy`")
        if self.redistribute and not self.licence:
            raise ValueError("zet bij `redistribute: true` in `licence` waarom de kopie gedeeld mag worden")
        if self.copy_part and not self.local_copy:
            raise ValueError("`copy_part` kan alleen met een `local_copy`")
        return self


PageNumber = Annotated[StrictInt, Field(ge=1)] | Label


class Citation(Record):
    """Where a fact comes from: a source document and the section or heading in it."""

    source: Slug = Field(description="Id van het brondocument in `data/sources/`, bv. `mh-kaderdocument-inkoop-2025`.")
    section: Label = Field(description="Hoofdstuk, paragraaf of kop in het brondocument.")
    page: PageNumber | None = Field(default=None, description="Pagina in het brondocument, bv. `12` of `12–13`.")
    note: Text | None = Field(
        default=None, description="Toelichting, bv. hoe een onleesbare tabel is geïnterpreteerd."
    )


Sources = Annotated[list[Citation], Field(min_length=1, description="Minstens één bron.")]


class Figure(Record):
    """A key figure exactly as the source prints it."""

    label: Label = Field(description="Wat het getal meet, bv. `Inwoners`.")
    value: Label = Field(description="Waarde zoals in de bron, bv. `ca. 250.000` of `€ 125 miljoen`.")
    note: Text | None = None


class Item(Record):
    """One point in a list, optionally with a short title."""

    title: Label | None = Field(default=None, description="Titel of kop.")
    text: Text = Field(description="De tekst in eigen woorden (Markdown).")


class ItemGroup(Record):
    """A titled list, e.g. 'Flexibiliteit' or 'De vier inkoopinstrumenten'."""

    title: Label | None = Field(default=None, description="Kop boven de lijst, zoals in de bron.")
    intro: Text | None = Field(default=None, description="Korte inleiding boven de lijst.")
    items: list[Item] = Field(min_length=1)

    @field_validator("items", mode="before", json_schema_input_type=list[Item | str])
    @classmethod
    def _plain_strings_are_items(cls, value: object) -> object:
        # Editors may write a list of plain strings; each becomes an Item.
        if isinstance(value, list):
            return [{"text": v} if isinstance(v, str) else v for v in value]
        return value


class ScopedText(Record):
    """Text that may hold for one domain only (e.g. Wonen: Jeugdwet vs Wmo)."""

    domain: Domain | None = Field(default=None, description="De wet waar dit voor geldt; leeg als het voor alle wetten van het segment geldt.")
    text: Text = Field(description="De tekst in eigen woorden (Markdown).")


def _text_to_scoped(value: object) -> object:
    if isinstance(value, str):
        return [{"text": value}]
    return value


class Region(Record):
    """A group of municipalities that buys care together."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    name: Label = Field(description="Naam zoals in de bron.")
    short_name: Label | None = Field(default=None, description="Korte naam, bv. `BNO-O`.")
    municipalities: list[Label] = Field(
        default=[], description="Namen van gemeenten, alleen zoals de bron ze noemt; leeg als de bron geen namen geeft."
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
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")


class Priority(Record):
    """A numbered 'speerpunt' within a theme."""

    number: Annotated[StrictInt, Field(ge=1)]
    title: Label = Field(description="Titel of kop.")
    text: Text | None = Field(default=None, description="De tekst in eigen woorden (Markdown).")
    items: list[Item] = Field(default=[], description="De punten van de lijst: tekst, of `title` + `text`.")


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
    priorities: list[Priority] = Field(default=[], description="Speerpunten van dit thema.")
    figures: list[Figure] = Field(default=[], description="Kerncijfers precies zoals de bron ze noemt.")
    procurement_facts: list[ProcurementFact] = Field(
        default=[], description="Inkoopkeuzes per type zorg die de bron buiten segmenten noemt, voor de vergelijking."
    )
    related_sections: list[Slug] = Field(default=[], description="Ids van hoofdstukken die hierbij horen.")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _priorities_numbered_in_order(self) -> Section:
        numbers = [p.number for p in self.priorities]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"speerpunten moeten doorlopend genummerd zijn vanaf 1, gevonden: {numbers}")
        return self


class Goal(Record):
    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    text: Text = Field(description="De tekst in eigen woorden (Markdown).")
    domain: Domain | None = Field(default=None, description="Alleen invullen als het doel voor één wet geldt.")
    reference: Label | None = Field(default=None, description="Verwijzing die de bron bij het doel noemt.")


class Indicator(Record):
    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    name: Label = Field(description="Naam zoals in de bron.")
    direction: Direction = Field(description="Gewenste richting: `toename`, `afname` of `stabilisatie`.")
    theme: IndicatorTheme = Field(description="Thema om indicatoren over regio's te groeperen.")
    definition: Text | None = Field(default=None, description="Hoe de indicator precies wordt gemeten, als de bron dat zegt.")
    domain: Domain | None = Field(default=None, description="De wet waar dit voor geldt; leeg als het voor alle wetten van het segment geldt.")


class Segment(Record):
    """A group of services the region buys for one target group."""

    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    former_ids: list[Slug] = Field(
        default=[], description="Vroegere ids; hun oude adressen sturen door naar de nieuwe pagina."
    )
    region: Slug = Field(description="Id van de regio, bv. `midden-holland`.")
    document: Slug = Field(description="Id van het document waar dit uit komt.")
    code: Label | None = Field(default=None, description="Code zoals in de bron, bv. `1a` of `4.2`.")
    name: Label = Field(description="Naam zoals in de bron.")
    group: Label | None = Field(default=None, description="Hoofdsegment, bv. `Gedwongen kader`.")
    order: StrictInt = Field(default=0, description="Volgorde; lager komt eerst.")
    domains: list[Domain] = Field(min_length=1)
    service_type: ServiceType | None = Field(default=None, description="Type zorg, om segmenten van regio's te vergelijken.")
    service_description: list[ScopedText] = []
    target_group: list[ScopedText] = Field(default=[], description="Voor wie het segment is (tekst, of per wet een lijst met `domain` en `text`).")
    services: list[Label] = Field(default=[], description="Vormen van hulp die onder het segment vallen.")
    ambition: Text | None = Field(default=None, description="Wat de regio wil bereiken, in eigen woorden.")
    goals: list[Goal] = Field(default=[], description="Alle doelen van het segment.")
    indicators: list[Indicator] = Field(default=[], description="Alle indicatoren met hun gewenste richting.")
    development_potential: list[ItemGroup] = Field(
        default=[], description="Ontwikkelpotentieel met de tussenkoppen van de bron."
    )
    particulars: list[Text] = Field(default=[], description="Bijzonderheden.")
    related: list[Slug] = Field(default=[], description="Ids van segmenten met raakvlakken.")
    choice_freedom: Text | None = Field(default=None, description="Keuzevrijheid voor de inwoner.")
    procurement: Text | None = Field(default=None, description="Gekozen inkoop- of contractvorm.")
    expected_providers: Text | None = Field(default=None, description="Verwacht aantal aanbieders.")
    figures: list[Figure] = Field(default=[], description="Kerncijfers precies zoals de bron ze noemt.")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    _scoped = field_validator(
        "service_description", "target_group", mode="before", json_schema_input_type=list[ScopedText] | str
    )(_text_to_scoped)

    @model_validator(mode="after")
    def _has_substance(self) -> Segment:
        if not (self.ambition or self.development_potential):
            raise ValueError("een segment heeft een `ambition` of `development_potential` nodig")
        for kind, items in (("goals", self.goals), ("indicators", self.indicators)):
            seen: set[str] = set()
            for item in items:
                if item.id in seen:
                    raise ValueError(f"id `{item.id}` komt twee keer voor in `{kind}`")
                seen.add(item.id)
        return self


class Definition(Record):
    text: Text = Field(description="De tekst in eigen woorden (Markdown).")
    region: Slug | None = Field(default=None, description="Regio die deze definitie hanteert.")
    general_knowledge: bool = Field(
        default=False, description="`true` als de definitie uit algemene kennis komt en niet uit een brondocument; dan geen "
        "`sources` en geen `region` (algemene kennis geldt voor iedereen)."
    )
    sources: list[Citation] = Field(default=[], description="Bronnen van deze definitie: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _cited_or_general(self) -> Definition:
        if self.general_knowledge and self.sources:
            raise ValueError("een definitie uit algemene kennis (`general_knowledge: true`) noemt geen `sources`")
        if self.general_knowledge and self.region is not None:
            raise ValueError("een definitie uit algemene kennis (`general_knowledge: true`) geldt voor iedereen: laat `region` weg")
        if not self.general_knowledge and not self.sources:
            raise ValueError("een definitie noemt haar `sources`, of is `general_knowledge: true`")
        return self


class GlossaryTerm(Record):
    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    former_ids: list[Slug] = Field(
        default=[], description="Vroegere ids, bv. van een begrip dat is samengevoegd; oude links naar de begrippenlijst blijven werken."
    )
    term: Label = Field(description="Het begrip zoals het in de bronnen staat.")
    abbreviation: Label | None = Field(default=None, description="Afkorting, bv. `Wmo`.")
    search_aliases: list[Label] = Field(
        default=[], description="Andere zoekwoorden voor dit begrip, zoals een gangbare afkorting die de bronnen niet "
        "gebruiken (algemene kennis, geen bronfeit). Alleen voor de zoekfunctie.")
    definitions: list[Definition] = Field(min_length=1, description="Eén definitie per regio die het begrip omschrijft; zonder `region` geldt zij algemeen.")
    see_also: list[Slug] = Field(default=[], description="Ids van verwante begrippen.")

    @model_validator(mode="after")
    def _one_definition_per_region(self) -> GlossaryTerm:
        seen: set[str | None] = set()
        for d in self.definitions:
            if d.region in seen:
                where = f"regio `{d.region}`" if d.region else "zonder regio"
                raise ValueError(f"twee definities {where}; geef elke regio één definitie")
            seen.add(d.region)
        return self


class Decision(Record):
    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    number: Annotated[StrictInt, Field(ge=1)]
    title: Label | None = Field(default=None, description="Titel of kop.")
    text: Text = Field(description="De tekst in eigen woorden (Markdown).")
    date: Date | None = Field(default=None, description="Datum (JJJJ-MM-DD).")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")


class DecisionListKind(str, Enum):
    """Decisions taken, or points an advisory note proposes (not yet decided)."""

    decisions = "decisions"
    advice = "advice"


class DecisionList(Record):
    """A file with the numbered decisions of one document, or the numbered proposals of an advisory note."""

    region: Slug = Field(description="Id van de regio, bv. `midden-holland`.")
    document: Slug = Field(description="Id van het document waar dit uit komt.")
    kind: DecisionListKind = Field(
        default=DecisionListKind.decisions,
        description="`decisions` voor genomen besluiten; `advice` voor voorstellen van een adviesnota die nog niet zijn besloten.",
    )
    title: Label = Field(description="Titel of kop.")
    decisions: list[Decision] = Field(min_length=1)


class Milestone(Record):
    id: Slug = Field(description="Stabiele id: kleine letters, cijfers en streepjes. Voor een heel bestand gelijk aan de bestandsnaam.")
    order: Annotated[StrictInt, Field(ge=1)] = Field(description="Plaats in de planning: 1, 2, 3, … zoals de bron de stappen ordent.")
    start: PartialDate | None = Field(default=None, description="Begin, zo precies als de bron het geeft (`2021-02-01`, `2021-02` of `2021`); leeg als de bron geen datum noemt.")
    end: PartialDate | None = Field(default=None, description="Einde als het om een periode gaat, zo precies als de bron het geeft.")
    when: Label | None = Field(default=None, description="Moment in de woorden van de bron, bv. `tweede helft januari 2021`. Verplicht als er geen `start` is.")
    title: Label = Field(description="Titel of kop.")
    text: Text | None = Field(default=None, description="De tekst in eigen woorden (Markdown).")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _end_after_start(self) -> Milestone:
        if self.start is None and self.when is None:
            raise ValueError("een mijlpaal zonder `start` heeft `when` nodig: het moment in de woorden van de bron")
        if self.end is not None and self.start is None:
            raise ValueError("een mijlpaal met `end` heeft ook een `start` nodig")
        if self.end is not None and self.start is not None and _first_day(self.end) < _first_day(self.start):
            raise ValueError(f"`end` ({self.end}) ligt vóór `start` ({self.start})")
        return self


class MilestoneList(Record):
    """A file with the planning of one document."""

    region: Slug = Field(description="Id van de regio, bv. `midden-holland`.")
    document: Slug = Field(description="Id van het document waar dit uit komt.")
    title: Label = Field(description="Titel of kop.")
    as_of: PartialDate | None = Field(
        default=None, description="Wanneer de bron deze planning gaf (`2020-10`), als dat anders is dan de datum van het document; zo leest de site de planning als plan van toen."
    )
    milestones: list[Milestone] = Field(min_length=1)

    @model_validator(mode="after")
    def _orders_unique(self) -> MilestoneList:
        seen: set[int] = set()
        for m in self.milestones:
            if m.order in seen:
                raise ValueError(f"`order: {m.order}` komt twee keer voor; geef elke mijlpaal een eigen plaats")
            seen.add(m.order)
        return self


Kind = Literal["source", "region", "document", "section", "segment", "term", "decisions", "milestones"]

FILE_MODELS: dict[str, type[Record]] = {
    "source": Source,
    "region": Region,
    "document": Document,
    "section": Section,
    "segment": Segment,
    "term": GlossaryTerm,
    "decisions": DecisionList,
    "milestones": MilestoneList,
}
