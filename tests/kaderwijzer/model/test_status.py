"""Time-aware status: a period runs, has ended or lies ahead on the build date; dates never more precise than the source."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from kaderwijzer.model import Document, DocumentStatus, Milestone, MilestoneList, Period
from kaderwijzer.model.status import PeriodState, build_date, milestone_is_approximate, period_state
from macros.timeline import date_label, milestone_when, period_line, status_line

SRC = [{"source": "nl-memo-fase-3", "section": "Bijlage A"}]


@pytest.mark.parametrize("today, expected", [
    (dt.date(2019, 12, 31), "Looptijd 2020–2023 · nog niet begonnen"),
    (dt.date(2020, 1, 1), "Looptijd 2020–2023 · loopt nu"),
    (dt.date(2023, 12, 31), "Looptijd 2020–2023 · loopt nu"),
    (dt.date(2024, 1, 1), "Looptijd 2020–2023 · afgelopen"),
])
def test_period_state_follows_the_build_date(today: dt.date, expected: str) -> None:
    assert period_line(Period(start=2020, end=2023), today) == expected


def test_period_in_words_only_has_no_state() -> None:
    period = Period(text="zolang de contracten lopen")
    assert period_state(period, dt.date(2026, 1, 1)) is None
    assert period_line(period, dt.date(2026, 1, 1)) == "Looptijd zolang de contracten lopen"
    assert period_line(Period(start=2025, text="vanaf 2025"), dt.date(2026, 1, 1)) == "Looptijd vanaf 2025 · loopt nu"
    assert period_state(Period(start="2023-02", end="2023-02"), dt.date(2023, 2, 28)) == PeriodState.running


def test_build_date_can_be_fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KADERWIJZER_BUILD_DATE", "2021-06-30")
    assert build_date() == dt.date(2021, 6, 30)


def test_dates_are_shown_as_precise_as_the_source() -> None:
    assert date_label(dt.date(2020, 10, 26)) == "26 oktober 2020"
    assert date_label("2020-10") == "oktober 2020"
    assert date_label(2020) == "2020"


def test_undated_milestone_keeps_words_and_order_and_is_approximate() -> None:
    undated = Milestone(id="m", order=3, when="tijdens het uitwerken", title="Marktconsultaties", sources=SRC)
    assert undated.start is None and milestone_is_approximate(undated)
    assert milestone_is_approximate(Milestone(id="m", order=1, start="2021-01", title="Besluit", sources=SRC))
    assert not milestone_is_approximate(Milestone(id="m", order=1, start=dt.date(2021, 2, 1), title="Publicatie", sources=SRC))


@pytest.mark.parametrize("record, message", [
    ({"order": 1, "title": "x"}, "`when`"),
    ({"order": 1, "title": "x", "start": 2022, "end": 2021}, "ligt vóór"),
    ({"title": "x", "start": 2022}, "order"),
    ({"order": 1, "title": "x", "start": "2021-13"}, "2021-13"),
])
def test_bad_milestones_are_refused(record: dict, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Milestone.model_validate({"id": "m", "sources": SRC, **record})
    assert message in str(info.value)


def test_milestone_orders_are_unique() -> None:
    item = {"id": "m", "order": 1, "start": 2021, "title": "x", "sources": SRC}
    with pytest.raises(ValidationError, match="twee keer"):
        MilestoneList.model_validate({"region": "r", "document": "d", "title": "t", "milestones": [item, {**item, "id": "n"}]})


def test_a_due_date_reads_as_due_everywhere_and_a_start_never_as_one() -> None:
    """The source's planning column is "Wanneer (gereed)": a date by which a step is done is `end`, shown as
    "gereed …"; a lone `start` is a moment, never "vanaf …" (which would make a deadline look like a start)."""
    due = Milestone(id="m", order=1, end=dt.date(2020, 10, 1), title="Productbeschrijvingen gereed", sources=SRC)
    assert milestone_when(due) == "gereed 1 oktober 2020" and not milestone_is_approximate(due)
    both = Milestone(id="m", order=2, start=dt.date(2020, 10, 1), end=dt.date(2020, 12, 15), title="Onderzoek", sources=SRC)
    assert milestone_when(both) == "start 1 oktober 2020, gereed 15 december 2020"
    point = Milestone(id="m", order=3, start=dt.date(2021, 2, 1), title="Publicatie", sources=SRC)
    assert milestone_when(point) == "1 februari 2021"


def _document(status: str, period: Period | None) -> Document:
    return Document.model_validate({"id": "d", "region": "r", "title": "t", "kind": "kaderdocument", "status": status,
                                    "summary": "s", "sources": SRC, **({"period": period.model_dump(exclude_none=True)} if period else {})})


@pytest.mark.parametrize("status, today, expected", [
    ("vastgesteld", dt.date(2021, 1, 1), "Vastgesteld · looptijd 2020–2023, loopt nu"),
    ("onbekend", dt.date(2024, 1, 1), "De bron zegt niet of het is vastgesteld · looptijd 2020–2023, afgelopen"),
    ("onbekend", dt.date(2021, 1, 1), "De bron zegt niet of het is vastgesteld · looptijd 2020–2023"),
    ("concept", dt.date(2021, 1, 1), "Concept, nog niet vastgesteld · looptijd 2020–2023"),
    ("concept", dt.date(2019, 1, 1), "Concept, nog niet vastgesteld · looptijd 2020–2023, nog niet begonnen"),
])
def test_status_is_one_line_and_only_an_adopted_document_runs(status: str, today: dt.date, expected: str) -> None:
    assert status_line(_document(status, Period(start=2020, end=2023)), today) == expected


def test_status_line_without_period() -> None:
    assert status_line(_document("advies", None), dt.date(2021, 1, 1)) == "Advies: een voorstel, nog geen besluit"
