"""Policy items: each document names its own kinds; a wrong kind gets a located Dutch message with the allowed values."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer import DataErrors, load_corpus
from kaderwijzer.model import ItemCategory
from tests.conftest import schema_line

KINDS = """item_kinds:
  - id: veranderopgave
    category: opgave
    singular: veranderopgave
    plural: veranderopgaven
  - id: transformatiedoel
    category: doel
    singular: transformatiedoel
    plural: transformatiedoelen
"""
SECTION = schema_line("section") + """id: mh-opgaven
region: midden-holland
document: mh-kader
title: Opgaven
summary: De opgaven.
items:
  - id: opgave-1
    kind: veranderopgave
    number: 1
    title: Segmenteren
    text: De regio deelt de zorg in segmenten in.
  - id: doel-1
    kind: transformatiedoel
    text: Minder instroom.
    sources:
      - source: nl-segmenten-bron
        section: Bijlage 2
sources:
  - source: mh-kader-bron
    section: 2 Opgaven
"""


def with_items(data: Path, section: str = SECTION, kinds: str = KINDS) -> Path:
    doc = data / "documents" / "mh-kader.yml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("sources:", kinds + "sources:", 1), encoding="utf-8")
    path = data / "sections" / "midden-holland" / "mh-opgaven.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(section, encoding="utf-8")
    return path


def errors_for(data: Path) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_corpus(data)
    return [str(e) for e in info.value.errors]


def test_items_of_the_documents_own_kinds_load_and_goals_count_as_goals(corpus_dir: Path) -> None:
    with_items(corpus_dir)
    corpus = load_corpus(corpus_dir)
    placed = corpus.items_in("midden-holland")
    assert [(p.heading, p.category) for p in placed] == [
        ("Veranderopgave 1: Segmenteren", ItemCategory.opgave), ("Transformatiedoel", ItemCategory.doel)]
    segment_goals = sum(len(s.goals) for s in corpus.segments.values())
    assert corpus.counts()["doelen"] == segment_goals + 1
    assert corpus.goal_count("midden-holland") == sum(len(s.goals) for s in corpus.segments_in("midden-holland")) + 1
    # An item may cite another source than its section.
    assert placed[1].item.sources[0].source == "nl-segmenten-bron"


def test_kind_the_document_does_not_name_is_located_with_the_allowed_values(corpus_dir: Path) -> None:
    path = with_items(corpus_dir, SECTION.replace("kind: veranderopgave", "kind: speerpunt"))
    assert errors_for(corpus_dir) == [
        f"{path}:9:11: `kind`: ongeldige waarde `speerpunt`; kies `veranderopgave` of `transformatiedoel` "
        "(de soorten in `item_kinds` van document `mh-kader`)"]


def test_kind_in_a_document_without_kinds_says_where_to_declare_it(corpus_dir: Path) -> None:
    path = with_items(corpus_dir, kinds="")
    errors = errors_for(corpus_dir)
    assert errors[0] == (f"{path}:9:11: `kind`: document `mh-kader` noemt geen soorten items; zet `veranderopgave` "
                         "met enkelvoud en meervoud in `item_kinds` van dat document")
    assert len(errors) == 2


def test_wrong_category_is_a_located_enum_error(corpus_dir: Path) -> None:
    with_items(corpus_dir, kinds=KINDS.replace("category: opgave", "category: taak"))
    errors = errors_for(corpus_dir)
    doc = corpus_dir / "documents" / "mh-kader.yml"
    assert len(errors) == 1 and errors[0].startswith(f"{doc}:")
    assert "`category`: ongeldige waarde `taak`; kies `doel`, `uitgangspunt`" in errors[0]
    assert "`risico`" in errors[0]


def test_duplicate_item_id_in_a_section_is_an_error(corpus_dir: Path) -> None:
    path = with_items(corpus_dir, SECTION.replace("id: doel-1", "id: opgave-1"))
    errors = errors_for(corpus_dir)
    assert len(errors) == 1 and errors[0].startswith(f"{path}:") and "`opgave-1` komt twee keer voor in `items`" in errors[0]
