"""Model rules that protect published pages: strict types, stable ids, text without HTML."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from kaderwijzer.model import Segment

BASE = {
    "id": "crisis", "region": "midden-holland", "document": "mh-kader", "name": "Crisis", "domains": ["jeugd"],
    "ambition": "Snel hulp.", "sources": [{"source": "mh-kaderdocument-inkoop-2025", "section": "4.2"}],
}


def test_minimal_segment_is_valid() -> None:
    seg = Segment.model_validate(BASE)
    assert seg.target_group == []


def test_text_becomes_scoped_text() -> None:
    seg = Segment.model_validate({**BASE, "target_group": "Jeugdigen in crisis."})
    assert seg.target_group[0].text == "Jeugdigen in crisis." and seg.target_group[0].domain is None


@pytest.mark.parametrize(
    "change",
    [
        {"id": "Crisis"},
        {"id": "crisis--x"},
        {"order": "1"},
        {"domains": []},
        {"name": 12},
        {"extra_field": "x"},
        {"ambition": None},
        {"sources": []},
        {"indicators": [{"id": "i", "name": "x", "direction": "omhoog", "theme": "aantallen"}]},
        {"goals": [{"id": "g", "text": "a"}, {"id": "g", "text": "b"}]},
        {"ambition": "<iframe src=x>"},
        {"ambition": "{% raw %}"},
    ],
)
def test_invalid_segments_are_rejected(change: dict) -> None:
    with pytest.raises(ValidationError):
        Segment.model_validate({**BASE, **change})
