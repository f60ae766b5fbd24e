"""Mijn gemeente finds today's municipalities after mergers (marked as general knowledge) and every name the sources give."""

from __future__ import annotations

import re
from pathlib import Path

from kaderwijzer.site.termlinks import GENERAL_KNOWLEDGE_LABEL
from tests.site.html import page


def _block(soup, ident: str) -> str:
    heading = soup.select_one(f"#{ident}")
    assert heading is not None, ident
    return " ".join(heading.find_parent(attrs={"data-kw-municipality": True}).get_text(" ", strip=True).split())


def test_todays_municipalities_are_found_with_their_date_and_marked_as_general_knowledge(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "gemeente")
    searchable = {b["data-kw-municipality"] for b in soup.select("[data-kw-municipality]")}
    region = real_corpus.regions["bno-o"]
    merged = [m for s in region.successors for m in s.municipalities]
    assert len(merged) == 7 and {s.name for s in region.successors} == {"Land van Cuijk", "Maashorst"}
    for successor in region.successors:
        assert successor.general_knowledge and successor.sources == []
        ident = "gemeente-" + re.sub(r"[^a-z0-9]+", "-", successor.name.lower()).strip("-")
        assert successor.name.casefold() in searchable
        text = _block(soup, ident)
        assert "1 januari 2022" in text and GENERAL_KNOWLEDGE_LABEL.lower() in text
        assert "Brabant Noordoost-oost" in text
        for old in successor.municipalities:
            assert old in text
            old_id = "gemeente-" + re.sub(r"[^a-z0-9]+", "-", old.lower()).strip("-")
            assert old.casefold() in searchable  # the name in the source is still found
            old_text = _block(soup, old_id)
            assert f"deel van de gemeente {successor.name}" in old_text and GENERAL_KNOWLEDGE_LABEL.lower() in old_text


def test_every_municipality_the_sources_name_is_listed_including_meierijstad(built_site: Path, real_corpus) -> None:
    soup = page(built_site, "gemeente")
    text = _block(soup, "gemeente-meierijstad")
    assert "niet bij de tien gemeenten" in text
    index = {a.get_text(strip=True) for a in soup.select(".kw-municipality-index a")}
    for region in real_corpus.regions.values():
        assert set(region.municipalities) | {m.name for m in region.also_named} <= index
