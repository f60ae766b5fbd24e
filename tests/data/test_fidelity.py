"""Claims the site makes are claims the source makes. Each rule is a check of `kaderwijzer validate`
(`kaderwijzer.reading.checks`); these tests run the same checks on the real data, and show that a change
that breaks a rule is refused at the file and line of the change, in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer.reading.checks import generic
from kaderwijzer.reading.checks.registry import REGISTRY
from tests.conftest import ROOT
from tests.data.checking import HAS_SEEDS, change, copy_of_data, findings, problems

needs_seeds = pytest.mark.skipif(not HAS_SEEDS, reason="source documents (../shared/seeds) not present")


def test_every_source_that_is_not_shared_says_where_the_original_is() -> None:
    assert findings(ROOT / "data", generic.availability) == []


def test_a_source_with_a_url_but_no_availability_is_refused(tmp_path: Path) -> None:
    data = copy_of_data(tmp_path)
    path = data / "sources" / "nieuw-kader.yml"
    path.write_text("# yaml-language-server: $schema=../schema/source.schema.json\nid: nieuw-kader\ntitle: Nieuw kader\nkind: kaderdocument\nurl: https://www.example.org/kader.pdf\n",
                    encoding="utf-8")
    found = [p for p in problems(data, tmp_path) if p.startswith("data/sources/nieuw-kader.yml:")]
    assert len(found) == 1 and "verplicht veld `availability` ontbreekt" in found[0] and "ook als er een `url` is" in found[0]


@needs_seeds
@pytest.mark.parametrize("check", [generic.hedges, generic.abbreviations, generic.related_in_region,
                                   generic.municipality_count],
                         ids=lambda c: c.__name__)
def test_real_data_passes_each_generic_comparison(check) -> None:
    assert findings(ROOT / "data", check) == []


@needs_seeds
@pytest.mark.parametrize("source, check", [(s, c) for s, checks in REGISTRY.items() for c in checks],
                         ids=lambda v: v if isinstance(v, str) else v.__name__)
def test_real_data_passes_each_comparison_registered_with_its_source(source: str, check) -> None:
    assert findings(ROOT / "data", check) == []


# (file, text in it, what a careless edit makes of it, file the error is reported at when not the changed line
# (a dropped item has no line of its own), the error's words)
SEGMENTS = "segments/midden-holland"
BREAKS = {
    "indicator-direction-reversed": (f"{SEGMENTS}/begeleiding.yml", "direction: afname", "direction: toename",
                                     None, "gewenste richting `toename` wijkt af van de bron"),
    "hedge-the-source-lacks": (f"{SEGMENTS}/begeleiding.yml", "ambition: >-\n", "ambition: >-\n  Dit is (nog) zo.\n",
                               None, "`(nog)` zegt dat iets nog verandert, maar de bron"),
    "regional-care-called-supraregional": (f"{SEGMENTS}/jeugdreclassering.yml", "procurement: >-\n",
                                           "procurement: >-\n  Dit wordt bovenregionaal ingekocht.\n", None,
                                           "schrijf niet dat het bovenregionaal wordt ingekocht"),
    "goal-added": (f"{SEGMENTS}/crisis.yml", "goals:\n", "goals:\n  - id: doel-extra\n    text: Een doel van ons.\n",
                   None, "Bijlage 4 noemt er"),
    "speerpunt-dropped": ("sections/bno-o/bno-o-beschermd-wonen-en-maatschappelijke-opvang.yml",
                          "title: De transformatie van beschermd wonen en maatschappelijke opvang integraal uitvoeren",
                          "title: Iets anders", None, "deze speerpunten staan niet zo in de bron"),
    "municipality-dropped": ("regions/bno-o.yml", "- Boekel\n", "", None, "de bron noemt ook `Boekel`"),
    "development-potential-point-dropped": ("segments/noord-limburg/wmo-1a-complexe-ondersteuning.yml",
                                            "  - De toegang stuurt op doelen en resultaten.", "  # weg", None,
                                            "bijlage B van de bron noemt er"),
    "milestone-date-changed": ("milestones/nl-planning-fase-3.yml", "start: 2020-10-01", "start: 2020-10-02", None,
                               "bijlage A geeft bij"),
    "citation-of-the-wrong-part": ("decisions/nl-besluiten-fase-1-2.yml",
                                   "section: Raadsinformatiebrief, Wat zijn", "section: Argumenten, Wat zijn", None,
                                   "staat in het andere deel"),
    "abbreviation-explained-as-if-from-the-source": (
        "glossary/cao.yml", "- text: 'Cao staat voor collectieve arbeidsovereenkomst: afspraken tussen werkgevers en "
        "vakbonden over loon en arbeidsvoorwaarden.'\n  general_knowledge: true\n", "", "glossary/cao.yml",
        "geen bron schrijft `Collectieve arbeidsovereenkomst` zo uit"),
    "municipality-dropped-from-a-region-the-source-counts": (
        "regions/midden-holland.yml", "  - Gouda\n", "", "regions/midden-holland.yml",
        "de bron spreekt van 5 gemeenten, de regio noemt er 4"),
    "key-figure-dropped": ("regions/midden-holland.yml", "value: circa 250.000", "value: circa 250 duizend",
                           "regions/midden-holland.yml",
                           "kerncijfer `250.000` uit de bron ontbreekt"),
}


@needs_seeds
@pytest.mark.parametrize("case", sorted(BREAKS))
def test_a_change_that_contradicts_the_source_is_refused_at_its_line(case: str, tmp_path: Path) -> None:
    relative, old, new, reported_at, words = BREAKS[case]
    data = copy_of_data(tmp_path)
    line = change(data, relative, old, new)
    found = problems(data, tmp_path)
    assert found, f"{case}: niets gemeld"
    where = f"data/{reported_at or relative}:"
    assert any(p.startswith(where) for p in found), found
    if words:
        assert any(words in p for p in found), found
    if reported_at is None and new.count("\n") == old.count("\n") and ":" in new:
        assert any(p.startswith(f"data/{relative}:{line}:") for p in found), (line, found)


@needs_seeds
def test_a_contradiction_with_the_source_reaches_the_code_quality_report(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    data = copy_of_data(tmp_path)
    line = change(data, f"{SEGMENTS}/begeleiding.yml", "direction: afname", "direction: toename")
    run = subprocess.run([sys.executable, "-m", "kaderwijzer", "validate", "--format", "gitlab", "--data", "data"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    issues = json.loads(run.stdout)
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("kaderwijzer/source", f"data/{SEGMENTS}/begeleiding.yml", line)]
    assert "gewenste richting `toename` wijkt af van de bron" in issues[0]["description"]


@needs_seeds
def test_a_segment_that_cannot_be_read_gives_its_own_error_and_no_follow_up(tmp_path: Path) -> None:
    # The indicators of the broken file are not in the corpus; "Bijlage 4 noemt deze indicatoren, maar geen
    # segment heeft ze" would send the editor to the source file for a mistake made elsewhere.
    data = copy_of_data(tmp_path)
    change(data, "segments/midden-holland/begeleiding.yml", "\nname: ", "\nname: [")
    found = problems(data, tmp_path, seeds_dir=ROOT.parent / "shared" / "seeds")
    assert len(found) == 1, found
    assert found[0].startswith("data/segments/midden-holland/begeleiding.yml:") and "niet goed afgesloten" in found[0]
