"""Successors of merged municipalities: dated, and cited or marked as general knowledge."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kaderwijzer.model import Region

BASE = {"id": "r", "name": "Regio", "municipalities": ["Boxmeer", "Cuijk"], "summary": "Samen.",
        "sources": [{"source": "s", "section": "1"}]}


def _region(**successor) -> Region:
    return Region.model_validate({**BASE, "successors": [{"name": "Land van Cuijk", "municipalities": ["Boxmeer", "Cuijk"],
                                                          "date": "2022-01-01", **successor}]})


def test_a_successor_marked_as_general_knowledge_is_found_for_each_old_name() -> None:
    region = _region(general_knowledge=True)
    assert region.successor_of("Cuijk").name == "Land van Cuijk"
    assert region.successor_of("Oss") is None


def test_a_successor_is_cited_or_general_knowledge() -> None:
    with pytest.raises(ValidationError, match="general_knowledge: true"):
        _region()
    with pytest.raises(ValidationError, match="noemt geen `sources`"):
        _region(general_knowledge=True, sources=[{"source": "s", "section": "1"}])
