"""`kaderwijzer diff`: a reviewer reads per record what changed, old and new, meaning first."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import minimal_corpus, run_cli, write_record


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    result = subprocess.run(["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org", *args],
                            cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """`main` with the small corpus, and a branch `wijziging` checked out on top of it."""
    repo = tmp_path / "repo"
    git(tmp_path, "init", "-q", "-b", "main", str(repo))
    minimal_corpus(repo / "data")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    git(repo, "checkout", "-q", "-b", "wijziging")
    return repo


def diff(repo: Path, *args: str) -> str:
    result = run_cli("diff", *args, cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_direction_and_goal_text_are_named_with_old_and_new_values(repo: Path) -> None:
    edit(repo / "data/segments/midden-holland/hulp-bij-het-huishouden.yml", "direction: afname", "direction: toename")
    edit(repo / "data/segments/midden-holland/crisis.yml", "Er zijn genoeg crisisplekken.", "Er zijn meer crisisplekken in de regio.")
    git(repo, "commit", "-qam", "richting en doel")
    out = diff(repo)  # merge-base with main against the working tree
    assert "Indicator *Wachttijd* (4.8 Hulp bij het huishouden): gewenste richting afname → toename" in out
    lines = out.splitlines()
    goal = lines.index("- Doel 2 van 4.2 Crisis: tekst gewijzigd")
    assert lines[goal + 1] == "    - Oud: Er zijn genoeg crisisplekken."
    assert lines[goal + 2] == "    - Nieuw: Er zijn meer crisisplekken in de regio."
    assert "`data/segments/midden-holland/crisis.yml`" in out
    assert "Tevredenheid" not in out and "Logeren" not in out  # unchanged records stay out


def test_meaning_comes_before_wording(repo: Path) -> None:
    edit(repo / "data/segments/midden-holland/crisis.yml", "zo snel mogelijk", "zo vlug mogelijk")
    edit(repo / "data/segments/midden-holland/hulp-bij-het-huishouden.yml", "direction: toename", "direction: stabilisatie")
    out = diff(repo)
    meaning = out.index("### Wat de inhoud verandert")
    wording = out.index("### Tekst, toelichting en bronnen")
    assert meaning < out.index("gewenste richting toename → stabilisatie") < wording
    assert wording < out.find("Segment *4.2 Crisis*: `ambition` gewijzigd"), out
    assert "Verschil: Jeugdigen krijgen zo ~~snel~~ **vlug** mogelijk crisishulp." in out


def test_added_removed_and_moved_records(repo: Path) -> None:
    data = repo / "data"
    (data / "segments/noord-limburg/wmo-3b-logeren.yml").unlink()
    hbh = data / "segments/midden-holland/hulp-bij-het-huishouden.yml"
    record = yaml.safe_load(hbh.read_text(encoding="utf-8"))
    record.update(region="noord-limburg", document="nl-segmenten")
    hbh.unlink()
    write_record(data, "segments", "segment", "hulp-bij-het-huishouden", record, region="noord-limburg")
    edit(data / "segments/midden-holland/crisis.yml", "- id: doel-2", "- id: doel-3\n  text: Nazorg na elke crisis.\n- id: doel-2")
    out = diff(repo)
    assert "#### Segment *3b Logeren* (verwijderd)" in out
    assert ("Segment *4.8 Hulp bij het huishouden*: verplaatst van `data/segments/midden-holland/hulp-bij-het-huishouden.yml`"
            " naar `data/segments/noord-limburg/hulp-bij-het-huishouden.yml`") in out
    assert "- Segment *4.8 Hulp bij het huishouden*: id van de regio midden-holland → noord-limburg" in out
    assert "#### Segment *4.8 Hulp bij het huishouden* (nieuw)" not in out  # a move, not a new record
    assert "- Doel 2 van 4.2 Crisis: toegevoegd\n    - Nieuw: Nazorg na elke crisis." in out


def test_changed_definition_of_a_term(repo: Path) -> None:
    edit(repo / "data/glossary/wmo.yml", "Wet over ondersteuning thuis.", "Wet over hulp en ondersteuning thuis.")
    out = diff(repo)
    assert "### Wat de inhoud verandert" in out
    assert "- Definitie van Wet maatschappelijke ondersteuning: tekst gewijzigd" in out, out
    assert "Nieuw: Wet over hulp en ondersteuning thuis." in out


def test_two_revisions_and_links_to_the_preview_site(repo: Path) -> None:
    edit(repo / "data/segments/midden-holland/crisis.yml", "name: Crisis", "name: Crisishulp")
    git(repo, "commit", "-qam", "naam")
    out = diff(repo, "main", "wijziging", "--site-url", "https://voorbeeld.example/pr-7/")
    assert "- Segment *4.2 Crisishulp*: naam Crisis → Crisishulp" in out
    assert "[bekijk de pagina](https://voorbeeld.example/pr-7/midden-holland/segmenten/crisis/)" in out
    assert "`main`" in out and "`wijziging`" in out
    assert "niets aan het beleid veranderd" in diff(repo, "main", "main")


@pytest.mark.parametrize("args", [("bestaat-niet",), ("main", "ook-niet"), ("--", "-x")])
def test_bad_revision_exits_2_with_one_dutch_line(repo: Path, args: tuple[str, ...]) -> None:
    result = run_cli("diff", *args, cwd=repo)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "onbekende revisie" in lines[0], result.stderr


def test_outside_git_exits_2(tmp_path: Path) -> None:
    minimal_corpus(tmp_path / "data")
    result = run_cli("diff", "main", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "git" in result.stderr


def test_renamed_segment_with_former_id_is_a_move_not_a_new_record(repo: Path) -> None:
    old = repo / "data/segments/midden-holland/crisis.yml"
    text = old.read_text(encoding="utf-8").replace("id: crisis\n", "id: crisishulp\nformer_ids:\n- crisis\n", 1)
    old.unlink()
    (old.parent / "crisishulp.yml").write_text(text, encoding="utf-8")
    out = diff(repo)
    assert "#### Segment *4.2 Crisis* (verplaatst)" in out
    assert "verplaatst van `data/segments/midden-holland/crisis.yml` naar `data/segments/midden-holland/crisishulp.yml`" in out
    assert "(verwijderd)" not in out and "(nieuw)" not in out
