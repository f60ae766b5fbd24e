"""Broken and hostile data: refused quickly, with a located Dutch message, and nothing is published.

Every case in tests/fixtures/invalid/ (see its README) is laid over a copy of the real project.
`kaderwijzer validate` and `mkdocs build --strict` run as separate processes with a cap on address
space, so an alias bomb or a giant file fails the test instead of the machine.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CASES_DIR = ROOT / "tests" / "fixtures" / "invalid"
BASE = CASES_DIR / "_base"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))
PROJECT_PARTS = ("content", "macros", "overrides", "data")
MEMORY_LIMIT = 300 * 1024 * 1024
# A guard against hangs (alias bombs, runaway parsing), not a speed test: a loaded machine must still pass.
VALIDATE_SECONDS = 20
# mkdocs imports Material, Jinja and Markdown before our plugin runs; the data check itself is fast.
BUILD_SECONDS = 60
PAD = re.compile(rb"@@PAD (\d+)@@")
LOCATED = re.compile(r"^\S+:\d+:\d+: \S.{10,}$")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "DISABLE_MKDOCS_2_WARNING": "true"}


def _padding(size: int) -> bytes:
    words = b"Inwoners wonen zo lang mogelijk thuis. "
    return (words * (size // len(words) + 1))[:size]


def lay_over(case_data: Path, data_dir: Path) -> None:
    """Copy a case's files into data/, expanding `@@PAD n@@` markers."""
    for source in sorted(case_data.rglob("*")):
        if source.is_file():
            target = data_dir / source.relative_to(case_data)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(PAD.sub(lambda m: _padding(int(m.group(1))), source.read_bytes()))


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_limited(args: list[str], cwd: Path, seconds: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=ENV, capture_output=True, text=True,
                          timeout=seconds, preexec_fn=_limit_memory)


def build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return run_limited(["mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                       project, BUILD_SECONDS)


def fingerprint(site: Path) -> dict[str, str]:
    """Every file and folder under `site`, with a hash of each file's bytes."""
    result = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        result[rel] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "<dir>"
    return result


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """The real project plus the valid Proefregio, built once: the site that must survive every case."""
    root = tmp_path_factory.mktemp("published")
    project = root / "project"
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    lay_over(BASE / "data", project / "data")
    site = root / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    assert (site / "proefregio" / "segmenten" / "proef-wonen" / "index.html").is_file()
    return project, site, fingerprint(site)


def assert_reported(result: subprocess.CompletedProcess[str], expected: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    lines = output.splitlines()
    assert any(line.startswith(expected) for line in lines), f"verwacht: {expected}\nkreeg:\n{output}"
    assert all(LOCATED.match(line) for line in lines if line.startswith("data/")), output


@pytest.mark.parametrize("case", CASES)
def test_case_is_refused_with_location_and_publishes_nothing(
    case: str, published: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    base_project, base_site, before = published
    project, site = tmp_path / "project", tmp_path / "site"
    shutil.copytree(base_project, project)
    shutil.copytree(base_site, site)
    lay_over(CASES_DIR / case / "data", project / "data")
    expected = (CASES_DIR / case / "expected.txt").read_text(encoding="utf-8").strip()

    assert_reported(run_limited(["kaderwijzer", "validate"], project, VALIDATE_SECONDS), expected)
    assert_reported(build(project, site), expected)
    assert fingerprint(site) == before


def test_readme_describes_every_case() -> None:
    readme = (CASES_DIR / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", readme, re.MULTILINE))
    assert listed == set(CASES)
