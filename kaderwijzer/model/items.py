"""Policy items of any kind, named in the document's own words.

A document declares its item kinds (`item_kinds`: "speerpunt", "veranderopgave", "transformatiedoel" …), each with
the singular and plural label the document uses and a shared category (goal, principle, risk …) so that goals count as
goals and risks can be found as risks across regions. A section holds the items themselves (`items`), each naming
its kind by id. As in StrictDoc, the grammar is per document; the check that an item's kind is declared by the
section's document is a cross-record check in `reading`.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StrictInt, model_validator

from kaderwijzer.model.common import Domain, Label, Record, Slug, Text
from kaderwijzer.model.parts import Item
from kaderwijzer.model.source import Citation


class ItemCategory(str, Enum):
    """The shared category of an item kind: what it is, whatever the document calls it."""

    doel = "doel"
    uitgangspunt = "uitgangspunt"
    prioriteit = "prioriteit"
    opgave = "opgave"
    risico = "risico"
    voorwaarde = "voorwaarde"
    maatregel = "maatregel"

    @property
    def label(self) -> str:
        """Kaderwijzer's own word for the category (site-wide filters), never a document's label."""
        return CATEGORY_LABELS[self][0]

    @property
    def plural(self) -> str:
        return CATEGORY_LABELS[self][1]


CATEGORY_LABELS: dict[ItemCategory, tuple[str, str]] = {
    ItemCategory.doel: ("Doel", "Doelen"),
    ItemCategory.uitgangspunt: ("Uitgangspunt", "Uitgangspunten"),
    ItemCategory.prioriteit: ("Prioriteit", "Prioriteiten"),
    ItemCategory.opgave: ("Opgave", "Opgaven"),
    ItemCategory.risico: ("Risico", "Risico's"),
    ItemCategory.voorwaarde: ("Voorwaarde", "Voorwaarden"),
    ItemCategory.maatregel: ("Maatregel", "Maatregelen"),
}


class ItemKind(Record):
    """One kind of policy item as a document names it, e.g. `speerpunt` / `speerpunten`."""

    id: Slug = Field(description="Id van de soort, zoals items hem noemen in `kind`, bv. `speerpunt` of `veranderopgave`.")
    category: ItemCategory = Field(
        description="Wat voor soort item het is: `doel`, `uitgangspunt`, `prioriteit`, `opgave`, `risico`, `voorwaarde` of `maatregel`."
    )
    singular: Label = Field(description="Enkelvoud zoals het document het schrijft, bv. `speerpunt`.")
    plural: Label = Field(description="Meervoud zoals het document het schrijft, bv. `speerpunten`.")


ItemNumber = Annotated[StrictInt, Field(ge=1)] | Label


class PolicyItem(Record):
    """A goal, principle, priority, risk, condition or measure of a document, in a section."""

    id: Slug = Field(description="Stabiele id, uniek binnen het hoofdstuk, bv. `speerpunt-1`.")
    kind: Slug = Field(description="Soort item: een id uit `item_kinds` van het document, bv. `speerpunt`.")
    number: ItemNumber | None = Field(default=None, description="Nummer zoals in de bron, bv. `1` of `2a`.")
    title: Label | None = Field(default=None, description="Titel of kop zoals in de bron.")
    text: Text | None = Field(default=None, description="De tekst in eigen woorden (Markdown).")
    items: list[Item] = Field(default=[], description="De punten van de lijst: tekst, of `title` + `text`.")
    domain: Domain | None = Field(default=None, description="Alleen invullen als het item voor één wet geldt.")
    sources: list[Citation] = Field(
        default=[],
        description="Bronnen van dit item als die anders zijn dan die van het hoofdstuk (brondocument en hoofdstuk of kop); "
                    "leeg: de bronnen van het hoofdstuk.",
    )

    @model_validator(mode="after")
    def _has_content(self) -> PolicyItem:
        if not (self.title or self.text or self.items):
            raise ValueError("een item heeft een `title`, een `text` of `items` nodig")
        return self


def duplicate_item_ids(items: list[PolicyItem]) -> list[str]:
    seen: set[str] = set()
    doubles = []
    for item in items:
        if item.id in seen:
            doubles.append(item.id)
        seen.add(item.id)
    return doubles
