"""Decisions taken on a document and its planning (milestones)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StrictInt, model_validator

from kaderwijzer.model.common import Date, Label, PartialDate, Record, Slug, Text
from kaderwijzer.model.source import Sources
from kaderwijzer.model.framework import _first_day


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
    end: PartialDate | None = Field(default=None, description="Wanneer de stap klaar moet zijn (\"gereed\" in de bron), zo precies als de bron het geeft; ook zonder `start`.")
    when: Label | None = Field(default=None, description="Moment in de woorden van de bron, bv. `tweede helft januari 2021`. Verplicht als er geen `start` of `end` is.")
    title: Label = Field(description="Titel of kop.")
    text: Text | None = Field(default=None, description="De tekst in eigen woorden (Markdown).")
    sources: Sources = Field(description="Bronnen: brondocument en hoofdstuk of kop.")

    @model_validator(mode="after")
    def _end_after_start(self) -> Milestone:
        if self.start is None and self.end is None and self.when is None:
            raise ValueError("een mijlpaal zonder `start` of `end` heeft `when` nodig: het moment in de woorden van de bron")
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
