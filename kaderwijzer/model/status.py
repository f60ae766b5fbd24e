"""Time-aware status: is a document's period running, over, or still ahead on the build date?

The build date is today, unless `KADERWIJZER_BUILD_DATE` (`JJJJ-MM-DD`) or `SOURCE_DATE_EPOCH` says
otherwise, so tests and reproducible builds can fix it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from enum import Enum

from kaderwijzer.model import Milestone, Period

BUILD_DATE_ENV = "KADERWIJZER_BUILD_DATE"


class PeriodState(str, Enum):
    running = "loopt"
    ended = "afgelopen"
    ahead = "nog-niet-begonnen"


def build_date() -> dt.date:
    value = os.environ.get(BUILD_DATE_ENV)
    if value:
        return dt.date.fromisoformat(value)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()


def precision(value: dt.date | int | str) -> str:
    """`day`, `month` or `year`: how precise the source was."""
    if isinstance(value, dt.date):
        return "day"
    return "year" if isinstance(value, int) else "month"


def first_day(value: dt.date | int | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return dt.date(value, 1, 1)
    year, month = (int(part) for part in value.split("-"))
    return dt.date(year, month, 1)


def last_day(value: dt.date | int | str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        return dt.date(value, 12, 31)
    year, month = (int(part) for part in value.split("-"))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_state(period: Period, today: dt.date) -> PeriodState | None:
    """None when the period has no start or end to compare with (only words)."""
    if period.end is not None and today > last_day(period.end):
        return PeriodState.ended
    if period.start is not None and today < first_day(period.start):
        return PeriodState.ahead
    if period.start is None and period.end is None:
        return None
    return PeriodState.running


def milestone_is_approximate(milestone: Milestone) -> bool:
    """True when the source gives no exact day: no date at all, a month or a year, or only words."""
    dates = [d for d in (milestone.start, milestone.end) if d is not None]
    return not dates or any(precision(d) != "day" for d in dates)
