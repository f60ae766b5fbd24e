"""Completeness of the encoded source documents: a dropped item makes one of these fail."""

from __future__ import annotations

import datetime as dt
import re

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
    milestones = [m for _, m in real_corpus.milestones("noord-limburg")]
    starts = {m.start for m in milestones}
    assert {dt.date(2021, 2, 1), dt.date(2022, 1, 1)} <= starts
    # The planning's column is "Wanneer (gereed)": these dates are when a step is due, not when it starts.
    due = {m.end for m in milestones}
    assert {dt.date(2020, 10, 1), dt.date(2020, 11, 1), dt.date(2020, 12, 31), dt.date(2021, 7, 1)} <= due


def test_bno_o_themes_and_speerpunten(real_corpus) -> None:
    sections = {s.number: s for s in real_corpus.sections.values() if s.region == "bno-o"}
    assert {"2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "5"} <= set(sections)
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


def test_every_seed_is_a_registered_source_and_every_copy_exists(real_corpus) -> None:
    copies = {s.local_copy for s in real_corpus.sources.values() if s.local_copy}
    if SEEDS.is_dir():
        assert copies == {p.name for p in SEEDS.glob("*.txt")}
        assert all((SEEDS / name).is_file() for name in copies)
    # Seed 003 holds two documents: the advisory note and the council letter, each its own source.
    sharing = sorted(s.id for s in real_corpus.sources.values() if s.local_copy == "003_a4051f10d6d36160.txt")
    assert sharing == ["venray-adviesnota-2020-10-26", "venray-raadsinformatiebrief-2020"]


def test_venray_citations_name_the_document_the_section_is_in(real_corpus) -> None:
    """Sections of the advisory note (advice, arguments) cite the note; the letter's sections cite the letter."""
    from kaderwijzer.model.sources import citations_in
    records = [*real_corpus.regions.values(), *real_corpus.documents.values(), *real_corpus.sections.values(),
               *real_corpus.segments.values(), *real_corpus.terms.values(), *real_corpus.decision_lists,
               *real_corpus.milestone_lists]
    seen = set()
    for citation in (c for r in records for c in citations_in(r)):
        if citation.source == "venray-adviesnota-2020-10-26":
            assert citation.section.startswith(("Adviesnota", "Argumenten")), citation.section
        elif citation.source == "venray-raadsinformatiebrief-2020":
            assert citation.section.startswith(("Raadsinformatiebrief", "Bijlage 2")), citation.section
        seen.add(citation.source)
    assert {"venray-adviesnota-2020-10-26", "venray-raadsinformatiebrief-2020"} <= seen


def test_every_related_link_resolves(real_corpus) -> None:
    for seg in real_corpus.segments.values():
        for other in seg.related:
            assert other in real_corpus.segments and real_corpus.segments[other].region == seg.region


# ---- Derived from the source text: every numbered item of every document ------------------------
# These read the seed documents themselves, so an item dropped from (or never added to) data/ fails here.

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="source documents (../shared/seeds) not present")


def _seed_lines(name: str) -> list[str]:
    return [line.strip() for line in (SEEDS / name).read_text(encoding="utf-8").splitlines()]


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w'+-]+", " ", text).split())


def _words(text: str, min_len: int = 5) -> set[str]:
    return {w for w in _norm(text).split() if len(w) >= min_len}


def _overlap(source: str, ours: str) -> int:
    return len(_words(source) & _words(ours))


def _similar(source: str, ours: str) -> bool:
    """Same item in other words: they share two long words (one when the shorter wording has fewer than four)."""
    a, b = _words(source), _words(ours)
    short = min(a, b, key=len)
    return bool(short) and len(a & b) >= (1 if len(short) < 4 else 2)


def _same_start(ours: str, source: str, length: int = 18) -> bool:
    a, b = _norm(ours), _norm(source)
    n = min(length, len(a), len(b))
    return a[:n] == b[:n]


def bno_o_speerpunten() -> list[list[str]]:
    """Each 'Onze N speerpunten …' block of the BNO-O framework: the titles of its numbered items, in order."""
    lines = _seed_lines("004_bdbfd51293e80395.txt")
    blocks = []
    for i, line in enumerate(lines):
        header = re.match(r"Onze (\d+) speerpunten", line)
        if not header:
            continue
        count, titles = int(header.group(1)), []
        for later in lines[i + 1:]:
            item = re.match(rf"{len(titles) + 1}\.\s+(\S.*)$", later)
            if item:
                titles.append(item.group(1))
                if len(titles) == count:
                    break
        assert len(titles) == count, (line, titles)
        blocks.append(titles)
    return blocks


@needs_seeds
def test_every_bno_o_speerpunt_of_the_source_is_in_the_data(real_corpus) -> None:
    blocks = bno_o_speerpunten()
    assert sum(len(b) for b in blocks) == 53
    speerpunten = {s.id: [i for i in s.items if i.kind == "speerpunt"] for s in real_corpus.sections.values() if s.region == "bno-o"}
    sections = [s for s in real_corpus.sections.values() if speerpunten.get(s.id)]
    matched = set()
    for titles in blocks:
        section = next((s for s in sections if len(speerpunten[s.id]) == len(titles)
                        and all(_same_start(p.title, t) for p, t in zip(speerpunten[s.id], titles))), None)
        assert section is not None, f"speerpunten ontbreken of staan anders in data/: {titles}"
        matched.add(section.id)
        assert [p.number for p in speerpunten[section.id]] == list(range(1, len(titles) + 1)), section.id
        for priority in speerpunten[section.id]:
            assert priority.text or priority.items, (section.id, priority.number)
    assert matched == {s.id for s in sections}, "speerpunten in data/ die niet in de bron staan"


def mh_segment_blocks() -> list[dict[str, list]]:
    """Goals and indicators (with direction) per segment in appendix 4 of the Midden-Holland framework."""
    text = (SEEDS / "002_81d1b75c1988cf0a.txt").read_text(encoding="utf-8")
    body = text[text.index("Toelichting op de segmenten"):]
    blocks = []
    for m in re.finditer(r"\nDoelen(.*?)\nIndicator(.*?)\n(?=Bijzonderheden)", body, re.S):
        goals = re.findall(r"(?:^|\n)\s*\d+\.\s", " " + m.group(1))
        indicators = re.findall(r"(?:^|\n)\s*\d+\.\s(.*?):\s*(toename|afname|stabilisatie)", " " + m.group(2), re.S)
        if blocks and indicators and blocks[-1]["indicators"][:1] == [(" ".join(indicators[0][0].split()), indicators[0][1])]:
            blocks.pop()  # the source repeats the JeugdzorgPlus table (one segment); the data follows the second
        if goals or indicators:
            blocks.append({"goals": [None] * len(goals), "indicators": [(" ".join(n.split()), d) for n, d in indicators]})
    # Wonen is laid out per law after its Bijzonderheden: "Jeugdwet:" / "Wmo:" goals, then indicators.
    wonen = body[body.index("\n Wonen\n\nDoelen\n\nIndicator"):body.index("4.6 Ondersteuning")]
    goal_part, _, indicator_part = wonen.partition("\nJeugdwet\n")
    per_law = re.split(r"\n(?:Jeugdwet|Wmo):\n", goal_part)[1:]
    indicator_part = indicator_part.replace("\nWmo\n", "\n")
    blocks.append({
        "goals": [None] * sum(len(re.findall(r"(?:^|\n)\d+\.\s", "\n" + part)) for part in per_law),
        "indicators": [(" ".join(n.split()), d) for n, d in
                       re.findall(r"(?:^|\n)\d+\.\s(.*?):\s*(toename|afname|stabilisatie)", "\n" + indicator_part, re.S)],
    })
    return blocks


@needs_seeds
def test_every_midden_holland_goal_and_indicator_with_its_direction(real_corpus) -> None:
    blocks = mh_segment_blocks()
    segments = list(real_corpus.segments_in("midden-holland"))
    matched = set()
    for block in blocks:
        wanted = block["indicators"]
        found = [s for s in segments if len(s.indicators) == len(wanted)
                 and all(i.direction.value == d and _similar(n, i.name) for i, (n, d) in zip(s.indicators, wanted))]
        assert found, f"indicatoren uit de bron niet (zo) in data/: {wanted}"
        seg = max(found, key=lambda s: sum(_overlap(n, i.name) for i, (n, _) in zip(s.indicators, wanted)))
        assert len(seg.goals) == len(block["goals"]), (seg.id, len(seg.goals), len(block["goals"]))
        matched.add(seg.id)
    assert matched == {s.id for s in segments}


def nl_memo_segment_items() -> dict[tuple[str, str], int]:
    """Development-potential items ('- …') per segment code and law in appendix B of the Noord-Limburg memo."""
    lines = _seed_lines("001_114431c70bdb9c48.txt")
    tables = {"Tabel 1": "wmo", "Tabel 2": "jeugd", "Tabel 3": "participatie"}
    counts: dict[tuple[str, str], int] = {}
    law = current = None
    for line in lines:
        law = next((v for k, v in tables.items() if line.startswith(k)), law)
        code = re.match(r"^(\d[ab]?)\. \S", line)
        if law and code:
            current = (law, code.group(1))
            counts[current] = 0
        elif current and re.match(r"^-\s+\S", line):
            counts[current] += 1
    return counts


@needs_seeds
def test_every_noord_limburg_segment_keeps_each_point_of_development_potential(real_corpus) -> None:
    counts = nl_memo_segment_items()
    assert len(counts) == 13
    segments = {(s.domains[0].value, s.code): s for s in real_corpus.segments_in("noord-limburg")}
    assert set(segments) == set(counts)
    for key, count in counts.items():
        items = sum(len(g.items) for g in segments[key].development_potential)
        assert items == count, (key, items, count)


def _numbered(lines: list[str], start: str, end: str, pattern: str) -> list[str]:
    """Numbered items between two headings; continuation lines are joined to their item."""
    begin = next(i for i, line in enumerate(lines) if line.startswith(start))
    items: list[str] = []
    for line in lines[begin + 1:]:
        if line.startswith(end):
            break
        m = re.match(pattern.format(n=len(items) + 1), line)
        if m:
            items.append(m.group(1))
        elif items and line:
            items[-1] += " " + line
    return items


@needs_seeds
def test_every_noord_limburg_decision_in_order(real_corpus) -> None:
    seed = _numbered(_seed_lines("001_114431c70bdb9c48.txt"), "Wat zijn de belangrijkste besluiten",
                     "Hoe zien het verdere proces", r"^{n}\)\s+(.*)")
    assert len(seed) == 10
    decisions = [d for dl, d in real_corpus.decisions("noord-limburg") if dl.document == "nl-memo-fase-3"]
    assert [d.number for d in decisions] == list(range(1, len(seed) + 1))
    for item, decision in zip(seed, decisions):
        assert _similar(item, f"{decision.title} {decision.text}"), (decision.id, item[:80])


@needs_seeds
def test_venray_advice_has_its_three_points_as_proposals(real_corpus) -> None:
    seed = _numbered(_seed_lines("003_a4051f10d6d36160.txt"), "## ADVIES", "## ", r"^{n}\.\s+(.*)")
    assert len(seed) == 3
    lists = [dl for dl in real_corpus.decision_lists if dl.document == "venray-adviesnota-2020-10-26"]
    assert len(lists) == 1
    assert real_corpus.documents[lists[0].document].kind.value == "adviesnota"
    points = lists[0].decisions
    assert [d.number for d in points] == [1, 2, 3]
    for item, point in zip(seed, points):
        assert _similar(item, f"{point.title} {point.text}"), (point.id, item)


PLANNING_DATE = re.compile(r"(\d{1,2})/(\d{1,2})|(\d{1,2})-(jan|feb|jul)-(\d{2})")
MONTHS = {"jan": 1, "feb": 2, "jul": 7}


@needs_seeds
def test_every_row_of_the_noord_limburg_planning_with_its_dates(real_corpus) -> None:
    """Appendix A: every activity is a milestone, and every date in its row is a date of that milestone."""
    lines = _seed_lines("001_114431c70bdb9c48.txt")
    start = next(i for i, line in enumerate(lines) if line.startswith("Wat/Wanneer (gereed)"))
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("Planning fase 3"):
            break
        if not line:
            continue
        if line[0].isupper() and not line.startswith(("Gereed", "P-wet", "Eerste", "helft", "januari")):
            rows.append(line)
        elif line.startswith("besluitvorming"):
            rows.append(line)
        elif rows:
            rows[-1] += " " + line
    assert len(rows) == 10, rows
    milestones = [m for ml, m in real_corpus.milestones("noord-limburg") if ml.document == "nl-memo-fase-3"]
    for row in rows:
        activity = PLANNING_DATE.split(row)[0]
        activity = re.split(r" (?:Start|Gereed)\b", activity)[0]
        best = max(milestones, key=lambda m: _overlap(activity, m.title))
        assert _similar(activity, best.title), row
        found = [m for m in milestones if _overlap(activity, m.title) == _overlap(activity, best.title)]
        for day, month, day2, mon, year in PLANNING_DATE.findall(row):
            # Columns run from jun-20 to jan-22: a day/month before June is in 2021.
            date = (dt.date(2020 if int(month) >= 6 else 2021, int(month), int(day)) if day
                    else dt.date(2000 + int(year), MONTHS[mon], int(day2)))
            dates = {d for m in found for d in (getattr(m, "start", None), getattr(m, "end", None)) if d}
            assert date in dates, (row, date, dates)
