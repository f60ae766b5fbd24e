"""Pages fit frameworks of any shape: no claim about a source from records that are absent, the source's own
names for what it has, and Markdown that renders as the list or text it is meant to be (issue 16, section 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.model.places import section_uri, source_uri
from macros.links import url_of
from tests.site.html import main_text, page

NUMBERED_CITATION_PAGES = [
    "bno-o/documenten/bno-o-beleidskader-wmo-2020-2023/",
    "bno-o/documenten/bno-o-beleidskader-wmo-2020-2023/bno-o-hoofdthemas/",
    "bno-o/print/",
    "midden-holland/documenten/mh-kaderdocument-inkoop-2025/",
    "midden-holland/print/",
]


@pytest.mark.parametrize("url", NUMBERED_CITATION_PAGES)
def test_a_cited_section_that_starts_with_a_number_stays_text(built_site: Path, url: str) -> None:
    """"1. Inleiding" in the note on how a source was read: no empty bullet over a list renumbered from 1."""
    soup = page(built_site, url)
    notes = [d for d in soup.select("article details") if "Over deze samenvatting" in d.get_text()]
    assert notes, url
    for note in notes:
        assert note.select("li > ol") == [] and note.select("li > ul") == []
        items = [li.get_text(" ", strip=True) for li in note.select("li")]
        assert items and all(items)  # no empty bullet


def test_collapsed_note_keeps_the_sections_own_number(built_site: Path) -> None:
    soup = page(built_site, "bno-o/documenten/bno-o-beleidskader-wmo-2020-2023/bno-o-hoofdthemas/")
    note = next(d for d in soup.select("article details") if "Over deze samenvatting" in d.get_text())
    first = note.select_one("li").get_text(" ", strip=True)
    assert re.match(r"3\. Hoofdthema", first), first


@pytest.mark.parametrize("source", ["mh-kaderdocument-inkoop-2025", "bno-o-beleidskader-wmo-2020-2023", "nl-memo-fase-3"])
def test_source_facts_are_one_flat_list(built_site: Path, source: str) -> None:
    """"Uitgegeven door" is one term with one value, not a list nested inside its value."""
    soup = page(built_site, url_of(source_uri(source)))
    facts = soup.select_one("article .kw-facts dl")
    assert facts is not None and facts.select("dd dl") == []
    terms = [dt.get_text(strip=True) for dt in facts.find_all("dt", recursive=False)]
    assert terms[:3] == ["Soort", "Uitgegeven door", "Datum"]
    values = [dd.get_text(" ", strip=True) for dd in facts.find_all("dd", recursive=False)]
    assert len(values) == len(terms) and all(values)


def test_no_page_infers_a_claim_about_a_source_from_absent_records(built_site: Path) -> None:
    for url in ("", "raadsleden/", "aanbieders/", "vergelijken/", "segmenten/", "onderwerpen/", "gemeente/"):
        text = main_text(page(built_site, url))
        assert "deelt zijn kader niet" not in text and "geen ambitie in de bron" not in text, url
        assert not re.search(r"\b0 (doelen|indicatoren|segmenten)\b", text), url


def test_noord_limburg_segments_show_their_aims_under_the_sources_name(built_site: Path, real_corpus) -> None:
    """The appendix "segmenten en doelen" lists aims as "Ontwikkelpotentieel": never "0 doelen" or "geen doelen"."""
    soup = page(built_site, "segmenten/")
    rows = {tr.select_one("th").get_text(" ", strip=True): [td.get_text(" ", strip=True) for td in tr.select("td")]
            for tr in soup.select("article tbody tr")}
    for seg in real_corpus.segments_in("noord-limburg"):
        label = f"{seg.code} {seg.name}" if seg.code else seg.name
        points = sum(len(g.items) for g in seg.development_potential)
        goals = rows[label][3]
        assert goals == (f"{points} punten ontwikkelpotentieel" if points != 1 else "1 punt ontwikkelpotentieel"), label
    assert "geen doelen" not in main_text(page(built_site, "vergelijken/"))


def test_onderwerpen_lists_chapters_of_a_region_that_also_has_segments(built_site: Path, real_corpus) -> None:
    """Midden-Holland has segments and chapters: both are on Onderwerpen."""
    soup = page(built_site, "onderwerpen/")
    hrefs = {a["href"].split("#")[0].strip("./") for a in soup.select("article a[href]")}
    for region in ("midden-holland", "bno-o"):
        chapters = [s for s in real_corpus.sections.values() if s.region == region]
        assert chapters
        for sec in chapters:
            target = url_of(section_uri(sec.region, sec.document, sec.id)).strip("/")
            assert any(h.endswith(target) for h in hrefs), (region, sec.id)


def test_region_page_shows_each_ambition_whole(built_site: Path, real_corpus) -> None:
    """An ambition is not cut to its first sentence on the region page: a goal in the second sentence stays in view."""
    text = main_text(page(built_site, "midden-holland/"))
    long = [s for s in real_corpus.segments_in("midden-holland") if s.ambition and s.ambition.count(". ") >= 1]
    assert long
    for seg in long:
        last = re.sub(r"[*_`]", "", seg.ambition.strip().split(". ")[-1]).split()[:6]
        assert " ".join(last) in text, seg.id
