"""Documents say whether their period is over; plans read as plans of their date; advice reads as advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer.model.status import build_date
from tests.site.html import main_text, page


def test_bno_o_framework_shows_its_period_has_ended(built_site: Path) -> None:
    assert build_date().year >= 2024  # the real site is built after the framework's period
    doc = main_text(page(built_site, "bno-o/documenten/bno-o-beleidskader-wmo-2020-2023/"))
    assert "2020–2023 · afgelopen" in doc
    assert "Looptijd 2020–2023 · afgelopen" in main_text(page(built_site, "bno-o/"))


def test_planning_is_framed_with_its_date(built_site: Path) -> None:
    for url in ("noord-limburg/inkoop/", "noord-limburg/documenten/nl-memo-fase-3/"):
        assert "Volgens de planning van oktober 2020" in main_text(page(built_site, url))


def test_no_invented_dates_reach_the_planning(built_site: Path) -> None:
    soup = page(built_site, "noord-limburg/inkoop/")
    row = next(r for r in soup.select(".kw-timeline-wrap tbody tr") if "Marktconsultaties" in r.get_text())
    assert row.select_one("time") is None and "2020" not in row.select_one("td").get_text()


def test_venray_proposals_are_shown_as_advice_not_decisions(built_site: Path) -> None:
    for url in ("noord-limburg/", "noord-limburg/documenten/venray-adviesnota-2020-10-26/"):
        soup = page(built_site, url)
        heading = next(h for h in soup.select("article h2, article h3") if "Voorstellen" in h.get_text())
        advice = heading.find_next("ol")
        assert advice is not None and advice.get("start") in (None, "1")
        assert len(advice.select(":scope > li")) == 3
        assert "geen besluiten van het college" in main_text(soup)


@pytest.mark.parametrize("url", ["", "raadsleden/", "aanbieders/"])
def test_overviews_state_each_frameworks_status_and_whether_it_still_runs(built_site: Path, url: str) -> None:
    assert build_date().year >= 2024
    soup = page(built_site, url)
    lines = [li.get_text(" ", strip=True) for li in soup.select("article li")]
    bno_o = [line for line in lines if line.startswith("Regionaal beleidskader Wmo")]
    assert bno_o and all("Status: onbekend · Looptijd 2020–2023 · afgelopen" in line for line in bno_o), bno_o
    assert any("Adviesnota Venray" in line and "Status: advies" in line for line in lines)
