"""Segments of care with their goals and indicators."""

from __future__ import annotations

from pydantic import Field, StrictInt, field_validator, model_validator

from kaderwijzer.model.common import Direction, Domain, IndicatorTheme, Label, Record, ServiceType, Slug, Text
from kaderwijzer.model.source import Sources
from kaderwijzer.model.parts import Figure, ItemGroup, ScopedText, _text_to_scoped


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
