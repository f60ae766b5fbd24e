"""`kaderwijzer validate` and the data tests are one gate: on every case of tests/fixtures/invalid/ they
report exactly the same errors, at the same places, in the same words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.data.checking import problems
from tests.kaderwijzer.reading.test_hostile_input import BASE, CASES, CASES_DIR, ENV, lay_over

LOCATED = re.compile(r"^\S+:\d+:\d+: ")


def _project(tmp_path: Path, case: str) -> Path:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copytree(ROOT / "content", project / "content")
    lay_over(BASE / "data", project / "data")
    lay_over(CASES_DIR / case / "data", project / "data")
    return project


def test_the_base_all_cases_start_from_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copytree(ROOT / "content", project / "content")
    lay_over(BASE / "data", project / "data")
    monkeypatch.chdir(project)
    assert problems(Path("data")) == []


@pytest.mark.parametrize("case", CASES)
def test_validate_and_the_data_tests_agree(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, case)
    monkeypatch.chdir(project)  # paths in messages, as validate prints them from the project folder
    run = subprocess.run([sys.executable, "-m", "kaderwijzer", "validate", "--data", "data"], cwd=project, env=ENV,
                         capture_output=True, text=True, timeout=60)
    by_validate = sorted(line for line in run.stderr.splitlines() if LOCATED.match(line))
    by_tests = sorted(problems(Path("data")))
    assert by_validate == by_tests
    assert run.returncode == (1 if by_tests else 0)
    assert by_tests, f"{case}: niemand meldt een fout"
