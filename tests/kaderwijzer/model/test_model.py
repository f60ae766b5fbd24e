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


GLOSSARY_BASE = {"id": "ggz", "term": "Geestelijke gezondheidszorg", "abbreviation": "GGZ"}
CITED = {"text": "Bij Jeugd meer basis-GGZ.", "region": "noord-limburg",
         "sources": [{"source": "nl-bijlage-2-segmenten-en-doelen", "section": "Tabel 2"}]}
GENERAL = {"text": "GGZ staat voor geestelijke gezondheidszorg.", "general_knowledge": True}


def test_general_knowledge_definition_next_to_a_regions_cited_one() -> None:
    from kaderwijzer.model import GlossaryTerm

    term = GlossaryTerm.model_validate({**GLOSSARY_BASE, "definitions": [GENERAL, CITED]})
    general = term.definitions[0]
    assert general.general_knowledge and general.region is None and general.sources == []


@pytest.mark.parametrize(
    ("definition", "message"),
    [
        ({**GENERAL, "sources": CITED["sources"]}, "noemt geen `sources`"),
        ({**GENERAL, "region": "noord-limburg"}, "laat `region` weg"),
        ({"text": "Zonder bron.", "region": "noord-limburg"}, "of is `general_knowledge: true`"),
    ],
)
def test_general_knowledge_cites_nothing_and_belongs_to_no_region(definition: dict, message: str) -> None:
    from kaderwijzer.model import GlossaryTerm

    with pytest.raises(ValidationError, match=message):
        GlossaryTerm.model_validate({**GLOSSARY_BASE, "definitions": [definition]})
