"""Small parts that several records hold: figures, lists, text for one law."""

from __future__ import annotations

from pydantic import Field, field_validator

from kaderwijzer.model.common import Domain, Label, Record, Text


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
