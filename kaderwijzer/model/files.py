"""Which record model each kind of data file holds."""

from __future__ import annotations

from typing import Literal

from kaderwijzer.model.common import Record
from kaderwijzer.model.source import Source
from kaderwijzer.model.framework import Document, Region, Section
from kaderwijzer.model.segment import Segment
from kaderwijzer.model.glossary import GlossaryTerm
from kaderwijzer.model.planning import DecisionList, MilestoneList


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
