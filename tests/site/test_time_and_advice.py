"""Documents say whether their period is over; plans read as plans of their date; advice reads as advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer.model.status import build_date
from tests.site.html import main_text, page


# One line, the same on every page: what is known of the adoption first, then the period and whether it is over.
BNO_O_LINE = "De bron zegt niet of het is vastgesteld · looptijd 2020–2023, afgelopen"


def test_bno_o_framework_shows_its_period_has_ended(built_site: Path) -> None:
    assert build_date().year >= 2024  # the real site is built after the framework's period
    doc = main_text(page(built_site, "bno-o/documenten/bno-o-beleidskader-wmo-2020-2023/"))
    assert BNO_O_LINE in doc
    assert BNO_O_LINE in main_text(page(built_site, "bno-o/"))


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


@pytest.mark.parametrize("url", ["", "raadsleden/", "aanbieders/", "gemeente/"])
def test_overviews_state_each_frameworks_status_and_whether_it_still_runs(built_site: Path, url: str) -> None:
    assert build_date().year >= 2024
    soup = page(built_site, url)
    lines = [li.get_text(" ", strip=True) for li in soup.select("article li")]
    bno_o = [line for line in lines if "Regionaal beleidskader Wmo" in line and "·" in line]
    assert bno_o and all(BNO_O_LINE in line for line in bno_o), bno_o
    assert "Status:" not in main_text(soup)  # no "Status: onbekend": the line says what is unknown
    if url != "gemeente/":  # Mijn gemeente lists a region's frameworks, not the advice notes
        assert any("Adviesnota Venray" in line and "Advies: een voorstel, nog geen besluit" in line for line in lines)


@pytest.mark.parametrize("url", ["", "midden-holland/", "midden-holland/documenten/mh-kaderdocument-inkoop-2025/", "gemeente/"])
def test_a_framework_awaiting_adoption_is_not_said_to_run(built_site: Path, url: str) -> None:
    """Midden-Holland's foreword speaks of adoption by the councils still to come: its period is not "loopt nu"."""
    text = main_text(page(built_site, url))
    assert "looptijd vanaf 2025 (contracten tot maximaal 10 jaar)" in text
    assert "loopt nu" not in text


def test_planning_dates_that_are_due_dates_read_as_due_dates_on_every_page(built_site: Path) -> None:
    for url in ("noord-limburg/inkoop/", "noord-limburg/documenten/nl-memo-fase-3/", "noord-limburg/print/"):
        soup = page(built_site, url)
        rows = {r.select_one("th").get_text(" ", strip=True): r.select_one("td").get_text(" ", strip=True)
                for r in soup.select("article tbody tr") if r.select_one("th") and "Productbeschrijvingen" in r.get_text()}
        assert rows["Productbeschrijvingen en inkoopstrategie Wmo en Participatiewet gereed"].startswith("gereed 1 oktober 2020")
        assert "vanaf 1 oktober" not in main_text(soup) and "klaar op" not in main_text(soup)
