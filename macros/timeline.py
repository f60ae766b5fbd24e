"""Dates, periods and statuses as Dutch text; whether a period runs is computed in kaderwijzer.model.status."""

from __future__ import annotations

import datetime as dt

from typing import Any

from kaderwijzer.model import Document, DocumentStatus, Milestone, MilestoneList, Period
from kaderwijzer.model.status import PeriodState, milestone_is_approximate, period_state

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
STATE_LABELS = {
    PeriodState.running: "loopt nu",
    PeriodState.ended: "afgelopen",
    PeriodState.ahead: "nog niet begonnen",
}
STATUS_LABELS = {
    DocumentStatus.vastgesteld: "Vastgesteld",
    DocumentStatus.concept: "Concept",
    DocumentStatus.advies: "Advies: een voorstel, nog geen besluit",
    DocumentStatus.informatie: "Ter informatie",
    DocumentStatus.onbekend: "Onbekend: de bron zegt niet of het document is vastgesteld",
}


def date_label(value: dt.date | int | str) -> str:
    """`26 oktober 2020`, `oktober 2020` or `2020`: never more precise than the source."""
    if isinstance(value, dt.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, int):
        return str(value)
    year, month = value.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def span_label(start: dt.date | int | str | None, end: dt.date | int | str | None) -> str:
    if start is not None and end is not None:
        if isinstance(start, int) and isinstance(end, int):
            return f"{start}–{end}"
        return f"{date_label(start)} t/m {date_label(end)}"
    if start is not None:
        return f"vanaf {date_label(start)}"
    return f"tot en met {date_label(end)}" if end is not None else ""


def period_label(period: Period) -> str:
    """The source's own wording if there is one, else the years or dates."""
    return period.text or span_label(period.start, period.end)


def period_line(period: Period, today: dt.date) -> str:
    """`Looptijd 2020–2023 · afgelopen`."""
    state = period_state(period, today)
    label = f"Looptijd {period_label(period)}"
    return f"{label} · {STATE_LABELS[state]}" if state is not None else label


# The standing of a document, in words that need no glossary; "onbekend" says what is unknown.
STANDING = {
    DocumentStatus.vastgesteld: "vastgesteld",
    DocumentStatus.concept: "concept, nog niet vastgesteld",
    DocumentStatus.advies: "advies: een voorstel, nog geen besluit",
    DocumentStatus.informatie: "ter informatie",
    DocumentStatus.onbekend: "de bron zegt niet of het is vastgesteld",
}


def status_line(document: Document, today: dt.date) -> str:
    """One line for a document's standing and period, the same on every page.

    `Vastgesteld · looptijd 2020–2023, afgelopen`. A period only "loopt nu" when the document was adopted:
    a framework that still awaits adoption (or whose adoption the source does not mention) is not in force
    by our say-so, so its period is given without a state unless the period is over or still ahead.
    """
    parts = [STANDING[document.status]]
    if document.period:
        label = f"looptijd {period_label(document.period)}"
        state = period_state(document.period, today)
        if state is PeriodState.running and document.status is not DocumentStatus.vastgesteld:
            state = None
        parts.append(f"{label}, {STATE_LABELS[state]}" if state is not None else label)
    line = " · ".join(parts)
    return line[0].upper() + line[1:]


def _iso(value: dt.date | int | str) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def milestone_row(m: Milestone, document: Document, planning: MilestoneList) -> dict[str, Any]:
    """One row of a planning table: the source's words first, a machine-readable date only where there is one."""
    return {
        "when": m.when or milestone_when(m),
        "datetime": _iso(m.start if m.start is not None else m.end) if (m.start or m.end) is not None else None,
        "approximate": milestone_is_approximate(m),
        "title": m.title,
        "text": m.text,
        "intro": plan_intro(document, planning),
    }


def milestone_when(m: Milestone) -> str:
    """A planning date has one meaning everywhere: `start` is when a step begins, `end` when it is due ("gereed")."""
    if m.start is not None and m.end is not None:
        return f"start {date_label(m.start)}, gereed {date_label(m.end)}"
    if m.end is not None:
        return f"gereed {date_label(m.end)}"
    return date_label(m.start) if m.start is not None else ""


def plan_date(document: Document, planning: MilestoneList) -> str | None:
    """`oktober 2020`: when the plan was made, so it reads as a plan of that time."""
    when = planning.as_of if planning.as_of is not None else document.date
    return date_label(when) if when is not None else None


def plan_intro(document: Document, planning: MilestoneList) -> str:
    """`Volgens de planning van oktober 2020 …`: a plan from a dated document is framed with its date."""
    when = plan_date(document, planning)
    if when is None:
        return f"Volgens de planning in “{document.title}” (het document noemt geen datum) stonden deze stappen gepland."
    return f"Volgens de planning van {when} stonden deze stappen gepland. Of ze zo zijn gelopen, staat niet in de bron."
