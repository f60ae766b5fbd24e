"""The numbered outline of a source text: headings in sequence, never a footnote, list item or contents entry."""

from __future__ import annotations

from kaderwijzer.model.outline import PAGE_MARKER, parse_outline

TEXT = "\n".join([
    PAGE_MARKER.format(page=1),
    "Inhoud",
    "1. Inleiding 3",
    "2. Uitgangspunten 4",
    "2.1 Kwaliteit 4",
    PAGE_MARKER.format(page=2),
    "1. Inleiding",
    "De regio koopt samen in.1",
    "1 Dit is een voetnoot met een getal vooraan.",
    "2. Uitgangspunten voor de inkoop van hulp en",
    "ondersteuning",
    "In dit hoofdstuk staan drie onderwerpen:",
    "2.1 Kwaliteit",
    "2.2 Toegang",
    "2.3 Betaalbaarheid",
    "Eerst de kwaliteit.",
    PAGE_MARKER.format(page=3),
    "2.1 Kwaliteit",
    "We willen:",
    "1. Goede hulp dichtbij huis;",
    "2. Korte wachttijden;",
    "3. Minder regels.",
    "2.2 Toegang",
    "Tekst over de toegang.",
    "2.3 Betaalbaarheid",
    "Tekst.",
    "Bijlage 1: Begrippen",
    "1.1 Algemeen",
])


def test_headings_follow_the_numbering_and_skip_contents_overviews_footnotes_and_lists() -> None:
    outline = parse_outline(TEXT)
    assert [(h.label, h.page) for h in outline.headings] == [
        ("1 Inleiding", 2),
        ("2 Uitgangspunten voor de inkoop van hulp en ondersteuning", 2),
        ("2.1 Kwaliteit", 3), ("2.2 Toegang", 3), ("2.3 Betaalbaarheid", 3),
        ("Bijlage 1 Begrippen", 3), ("Bijlage 1, 1.1 Algemeen", 3),
    ]
    assert outline.pages == 3
    assert [h.chapter for h in outline.headings] == ["1", "2", "2", "2", "2", "Bijlage 1", "Bijlage 1"]


def test_numbered_list_items_belong_to_the_heading_above_them() -> None:
    items = parse_outline(TEXT).items
    assert [(i.number, i.heading.number if i.heading else None) for i in items] == [(1, "2.1"), (2, "2.1"), (3, "2.1")]
    assert items[1].start == "Korte wachttijden;"


def test_a_text_without_page_markers_still_has_its_outline() -> None:
    outline = parse_outline("1. Inleiding\nTekst.\n2. Visie\n2.1 Doelen\nTekst.\n3 januari 2020 begon het.\n")
    assert [h.number for h in outline.headings] == ["1", "2", "2.1"]
    assert all(h.page is None for h in outline.headings)


def test_chapter_words_lone_numbers_and_dot_leaders() -> None:
    text = "\n".join([
        "Inleiding ........ 2", "2.1 Doelen ......... 3",
        "Hoofdstuk 1 Inleiding", "Tekst.",
        "Hoofdstuk 2 Doelen", "2.1", "Wat we willen bereiken", "Tekst.",
    ])
    outline = parse_outline(text)
    assert [h.label for h in outline.headings] == ["1 Inleiding", "2 Doelen", "2.1 Wat we willen bereiken"]
