"""Source documents and citations of them."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictInt, StringConstraints, model_validator

from kaderwijzer.model.common import DocumentKind, LOCAL_COPY_PATTERN, Label, PartialDate, Record, Slug, Text, URL_PATTERN


class Omission(Record):
    """A numbered heading of the source that the data deliberately does not summarise, and why."""

    section: Label = Field(description="De kop zoals u hem citeert, met zijn nummer, bv. `Bijlage 3 Colofon`.")
    reason: Text = Field(description="Waarom deze kop geen samenvatting krijgt, bv. `alleen een inhoudsopgave`.")


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
    kind: DocumentKind = Field(description="Soort document, bv. `beleidskader` of `webpagina`.")
    version: Label | None = Field(
        default=None, description="Versie of editie zoals de bron die noemt, bv. `1.0` of `tweede druk`; paginanummers horen bij deze versie."
    )
    date: PartialDate | None = Field(default=None, description="Datum zoals het document hem geeft (`2020-10-26`, `2020-10` of `2020`); leeg als het document geen datum noemt.")
    date_text: Label | None = Field(default=None, description="Datum in woorden als het document niet precies is, bv. `najaar 2020`.")
    description: Text | None = Field(default=None, description="Wat dit document is, in eigen woorden (Markdown, B1).")
    url: Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2000)] | None = Field(
        default=None, description="Openbaar adres van het origineel (`https://…`), als dat er is."
    )
    local_copy: Annotated[str, StringConstraints(pattern=LOCAL_COPY_PATTERN, max_length=200)] | None = Field(
        default=None, description="Bestandsnaam van de tekstkopie in de map met bronteksten (`bronteksten/` in het project, of `../shared/seeds/`)."
    )
    copy_part: Label | None = Field(
        default=None, description="Welk deel van de kopie dit document is, als de kopie meer documenten bevat."
    )
    redistribute: bool = Field(default=False, description="`true` als de kopie op de site als download mag staan.")
    licence: Label | None = Field(default=None, description="Licentie of reden waarom de kopie gedeeld mag worden.")
    availability: Text | None = Field(
        default=None, description="Waar het origineel te vinden is als er geen openbaar adres is of de kopie niet gedeeld mag worden."
    )
    not_summarised: list[Omission] = Field(
        default=[], description="Genummerde koppen van de lokale kopie die bewust geen samenvatting krijgen "
        "(inhoudsopgave, colofon), elk met de reden; `kaderwijzer dekking` telt ze dan als gedekt."
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
    page: PageNumber | None = Field(
        default=None, description="Pagina in het brondocument, bv. `12` of `12–13`. Met een openbaar adres van een PDF "
        "linkt de site naar die pagina."
    )
    note: Text | None = Field(
        default=None, description="Toelichting, bv. hoe een onleesbare tabel is geïnterpreteerd."
    )


Sources = Annotated[list[Citation], Field(min_length=1, description="Minstens één bron.")]
