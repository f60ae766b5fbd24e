"""The fidelity pass of issue 16 (section 7), as a visitor reads it: hedges that the sources make stay on the
page, expectations stay expectations, names quoted from a source are shown as quotations, and the
Dagbesteding segment of Midden-Holland is named as the source names it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.model.places import section_uri, segment_uri
from macros.links import url_of
from tests.conftest import ROOT
from tests.site.html import main_text, page

SEEDS = ROOT.parent / "shared" / "seeds"


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip("brontekst niet beschikbaar (../shared/seeds)")
    return re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("url, source, hedged", [
    ("midden-holland/", "Gouda blijft vooralsnog ook na de doordecentralisatie", "Gouda blijft vooralsnog"),
    (url_of(section_uri("midden-holland", "mh-kaderdocument-inkoop-2025", "mh-2-1-regionale-samenwerking")),
     "lijkt de huidige samenwerking niet te leiden tot onoplosbare knelpunten", "lijkt niet tot onoplosbare knelpunten te leiden"),
    (url_of(section_uri("midden-holland", "mh-kaderdocument-inkoop-2025", "mh-3-2-passend-en-beschikbaar")),
     "Van aanbieders wordt verwacht dat ze op basis van gelijkwaardigheid", "Van aanbieders wordt verwacht dat ze gelijkwaardig"),
    (url_of(section_uri("bno-o", "bno-o-beleidskader-wmo-2020-2023", "bno-o-kracht-van-de-samenleving")),
     "problemen in de eigen omgeving proberen op te oplossen", "samen proberen op te lossen"),
])
def test_the_sources_hedges_stay_on_the_page(built_site: Path, url: str, source: str, hedged: str) -> None:
    prefix = "004" if url.startswith("bno-o") else "002"
    assert source in _seed(prefix)
    assert hedged in main_text(page(built_site, url))


def test_dagbesteding_is_named_as_the_source_names_it(built_site: Path) -> None:
    """"Dagbesteding (ontwikkelperspectief)" is the segment's name; that it does not fit the new segment
    division is what a footnote says, not what "ontwikkelperspectief" means."""
    seed = _seed("002")
    assert "Dagbesteding (ontwikkelperspectief)" in seed and "Dagbesteding past niet in de nieuwe segmentindeling" in seed
    text = main_text(page(built_site, url_of(segment_uri("midden-holland", "dagbesteding"))))
    assert "Dagbesteding (ontwikkelperspectief)" in text
    assert "is hier een ontwikkelperspectief" not in text
    assert "voetnoot" in text and "niet in de nieuwe segmentindeling" in text


def test_planned_steps_are_not_stated_as_done(built_site: Path) -> None:
    text = main_text(page(built_site, "noord-limburg/inkoop/"))
    assert "inkoopstrategie voor Wmo en Participatiewet zijn af" not in text
    assert "moeten dan af zijn" in text


@pytest.mark.parametrize("url", ["indicatoren/", url_of(segment_uri("midden-holland", "crisis"))])
def test_indicator_names_are_shown_as_quotations(built_site: Path, url: str) -> None:
    """Indicator names are the source's own names: each is a quotation, in a column that says so."""
    soup = page(built_site, url)
    tables = soup.select("article table.kw-indicators, article .kw-table table")
    rows = [tr for table in tables for tr in table.select("tbody tr")
            if any("naam zoals in de bron" in th.get_text() for th in table.select("thead th"))]
    assert rows
    assert all(tr.select_one("q") is not None and tr.select_one("q").get_text(strip=True) for tr in rows)


def test_bno_o_main_goals_keep_we_willen(built_site: Path) -> None:
    """The source states its main goals as wishes ("We willen …"): the page keeps them wishes, or quotes them."""
    seed = _seed("004")
    assert "We willen een inclusieve samenleving zijn waarin alle inwoners meedoen" in seed
    for url in ("bno-o/", url_of(section_uri("bno-o", "bno-o-beleidskader-wmo-2020-2023", "bno-o-visie-doelstellingen-speerpunten"))):
        text = main_text(page(built_site, url))
        assert "Inwoners leiden zo veel mogelijk zelfstandig hun leven" not in text
        assert "zo veel mogelijk zelfstandig hun leven kunnen leiden" in text


@pytest.mark.parametrize("url", ["vergelijken/werk-en-participatie/", "noord-limburg/inkoop/"])
def test_a_lists_lead_in_we_willen_stays_with_its_items_on_overviews(built_site: Path, real_corpus, url: str) -> None:
    """Noord-Limburg's participation segments list their aims under "We willen:"; the overviews keep that lead-in."""
    led = [s for s in real_corpus.segments_in("noord-limburg") if any(g.intro == "We willen:" for g in s.development_potential)]
    assert led
    assert main_text(page(built_site, url)).count("We willen:") >= len(led)


@pytest.mark.parametrize("url", ["bno-o/", url_of(section_uri("bno-o", "bno-o-beleidskader-wmo-2020-2023", "bno-o-inleiding")),
                                 url_of(section_uri("bno-o", "bno-o-beleidskader-wmo-2020-2023", "bno-o-inkoop-en-sturing"))])
def test_a_planned_end_date_is_not_told_as_history(built_site: Path, url: str) -> None:
    """"Deze centrumregeling loopt tot 1 januari 2020": an agreed end, not a report that it ended then."""
    assert "Deze centrumregeling loopt tot 1 januari 2020" in _seed("004")
    text = main_text(page(built_site, url))
    assert "tot 1 januari 2020" in text
    assert not re.search(r"\bliep(en)?\b[^.]*1 januari 2020", text)


def test_preventie_keeps_the_sources_proberen(built_site: Path) -> None:
    assert "Met preventie proberen we problemen te voorkomen" in _seed("004")
    assert "probeert de regio problemen te voorkomen" in main_text(page(built_site, "begrippen/"))


def test_noord_limburgs_planning_summary_reads_as_a_plan(built_site: Path) -> None:
    url = url_of(section_uri("noord-limburg", "nl-memo-fase-3", "nl-planning-fase-3"))
    text = main_text(page(built_site, url))
    assert "op 1 oktober 2020 klaar" not in text and "kostprijsonderzoek begon" not in text
    assert "moesten de productbeschrijvingen voor Wmo en Participatiewet gereed zijn op 1 oktober 2020" in text
