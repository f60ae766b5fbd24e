"""What became of the municipalities a source names, and municipalities a source names outside the region."""

from __future__ import annotations

from pydantic import Field, model_validator

from kaderwijzer.model.common import Label, PartialDate, Record, Text
from kaderwijzer.model.source import Citation, Sources


class Successor(Record):
    """A municipality that today holds one or more of the municipalities the sources name (after a merger)."""

    name: Label = Field(description="Naam van de gemeente van nu, bv. `Land van Cuijk`.")
    municipalities: list[Label] = Field(min_length=1, description="De gemeenten zoals de bron ze noemt die hierin opgingen.")
    date: PartialDate = Field(description="Sinds wanneer, bv. `2022-01-01`.")
    general_knowledge: bool = Field(
        default=False, description="`true` als dit uit algemene kennis komt en niet uit een brondocument; dan geen `sources`."
    )
    sources: list[Citation] = Field(default=[], description="Bronnen, als een brondocument de fusie noemt.")

    @model_validator(mode="after")
    def _cited_or_general(self) -> Successor:
        if self.general_knowledge and self.sources:
            raise ValueError("een opvolger uit algemene kennis (`general_knowledge: true`) noemt geen `sources`")
        if not self.general_knowledge and not self.sources:
            raise ValueError("een opvolger noemt zijn `sources`, of is `general_knowledge: true`")
        return self


class NamedMunicipality(Record):
    """A municipality a source names in connection with the region, though it is not one of its members."""

    name: Label = Field(description="Naam zoals in de bron, bv. `Meierijstad`.")
    text: Text = Field(description="Waarom de bron deze gemeente noemt, in eigen woorden.")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")
