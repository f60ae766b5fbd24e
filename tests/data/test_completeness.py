"""Completeness of the encoded source documents: a dropped item makes one of these fail."""

from __future__ import annotations

import datetime as dt

import pytest

from kaderwijzer.model import Direction
from tests.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"

MH_SEGMENTS = {
    "jeugdbescherming": "4.1", "jeugdreclassering": "4.1", "jeugdzorgplus": "4.1", "forensische-ggz": "4.1",
    "crisis": "4.2", "hoog-specialistische-jeugdhulp": "4.3", "behandeling": "4.4", "wonen": "4.5",
    "begeleiding": "4.6", "dagbesteding": "4.6", "respijtzorg": "4.7", "hulp-bij-het-huishouden": "4.8",
}
NL_CODES = {
    "wmo": ["1a", "1b", "2a", "2b", "3a", "3b"],
    "jeugd": ["1", "2", "3", "4"],
    "participatie": ["1", "2", "3"],
}


def test_midden_holland_has_every_segment_with_goals_and_indicators(real_corpus) -> None:
    segs = {s.id: s for s in real_corpus.segments_in("midden-holland")}
    assert {k: segs[k].code for k in MH_SEGMENTS if k in segs} == MH_SEGMENTS
    for seg in segs.values():
        assert seg.ambition, seg.id
        assert seg.goals and seg.indicators, seg.id
        assert seg.target_group or seg.service_description, seg.id
        assert all(isinstance(i.direction, Direction) for i in seg.indicators)


def test_midden_holland_wonen_keeps_jeugdwet_and_wmo_apart(real_corpus) -> None:
    wonen = real_corpus.segments["wonen"]
    assert {g.domain.value for g in wonen.goals} == {"jeugd", "wmo"}
    assert {i.domain.value for i in wonen.indicators} == {"jeugd", "wmo"}


def test_noord_limburg_has_every_segment_code_per_domain(real_corpus) -> None:
    segs = real_corpus.segments_in("noord-limburg")
    found = {d: sorted(s.code for s in segs if s.domains[0].value == d) for d in NL_CODES}
    assert found == NL_CODES
    for seg in segs:
        items = [item for group in seg.development_potential for item in group.items]
        assert items or seg.ambition, seg.id


def test_noord_limburg_decisions_and_planning(real_corpus) -> None:
    numbers = [d.number for dl, d in real_corpus.decisions("noord-limburg") if dl.document == "nl-memo-fase-3"]
    assert numbers == list(range(1, 11))
    starts = {m.start for _, m in real_corpus.milestones("noord-limburg")}
    assert {dt.date(2021, 2, 1), dt.date(2021, 7, 1), dt.date(2022, 1, 1), dt.date(2020, 12, 31)} <= starts


def test_bno_o_themes_and_speerpunten(real_corpus) -> None:
    sections = {s.number: s for s in real_corpus.sections.values() if s.region == "bno-o"}
    assert {"2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "5"} <= set(sections)
    assert len(sections["2.1"].priorities) == 9
    assert len(real_corpus.regions["bno-o"].municipalities) == 10
    figures = " ".join(f.value for f in sections["4.1"].figures)
    for value in ("83%", "81%", "200", "40", "80%", "16", "8"):
        assert value in figures.replace(" %", "%"), value


def test_region_key_figures(real_corpus) -> None:
    mh = " ".join(f"{f.label} {f.value}" for f in real_corpus.regions["midden-holland"].figures)
    for value in ("250.000", "125", "230"):
        assert value in mh, value
    assert len(real_corpus.regions["midden-holland"].municipalities) == 5


@pytest.mark.parametrize("abbreviation", ["Wmo", "GI", "LVB", "GGZ", "MGR", "PHO SD", "WNT", "MKBA", "CRvB", "VNG", "OGGZ", "SROI", "NvO", "SAS", "JIM", "WLZ"])
def test_glossary_has_abbreviation(real_corpus, abbreviation: str) -> None:
    assert any((t.abbreviation or "").casefold() == abbreviation.casefold() for t in real_corpus.terms.values())


def test_every_source_names_an_existing_seed_file(real_corpus) -> None:
    records = [*real_corpus.regions.values(), *real_corpus.documents.values(), *real_corpus.sections.values(),
               *real_corpus.segments.values()]
    files = {s.file for r in records for s in r.sources}
    files |= {d.source.file for t in real_corpus.terms.values() for d in t.definitions}
    files |= {s.file for dl in real_corpus.decision_lists for d in dl.decisions for s in d.sources}
    files |= {s.file for ml in real_corpus.milestone_lists for m in ml.milestones for s in m.sources}
    expected = {p.name for p in SEEDS.glob("*.txt")} if SEEDS.is_dir() else {
        s.file for d in real_corpus.documents.values() for s in d.sources}
    assert files and files <= expected, files - expected


def test_every_related_link_resolves(real_corpus) -> None:
    for seg in real_corpus.segments.values():
        for other in seg.related:
            assert other in real_corpus.segments and real_corpus.segments[other].region == seg.region
