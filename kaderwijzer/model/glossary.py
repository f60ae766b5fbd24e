"""Glossary terms and their definitions, per region or as general knowledge."""

from __future__ import annotations

from pydantic import Field, model_validator

from kaderwijzer.model.common import Label, Record, Slug, Text
from kaderwijzer.model.source import Citation


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
