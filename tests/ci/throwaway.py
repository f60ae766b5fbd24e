"""A throwaway copy of this repository with one data change on a branch, to run a CI template's jobs on.

The copy holds the files as they are on disk (committed or not) as `main` in a bare `origin`, and a branch
`wijziging` with one data change that `validate` accepts: one segment's ambition, reworded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

BRANCH = "wijziging"
CHANGED_FILE = "data/segments/midden-holland/begeleiding.yml"
# Reworded, not changed in meaning: a change of fact (an indicator's direction) is refused by validate, since
# the source says otherwise, and a refused change is the failing pipeline's test, not this one's.
OLD_AMBITION = """  Jeugdigen en volwassenen krijgen goede, doelgerichte begeleiding, zodat de inwoner er blijvend
  iets aan heeft (ook als dat betekent: een stabiele situatie)."""
NEW_AMBITION = """  Jeugdigen en volwassenen krijgen goede begeleiding die op hun doelen is gericht, zodat de inwoner er
  blijvend iets aan heeft (ook als dat betekent: een stabiele situatie)."""
# How the policy diff shows the change.
CHANGED_LINES = ("Segment *4.6 Begeleiding* (gewijzigd)", "`ambition` gewijzigd",
                 "**goede begeleiding die op hun doelen is gericht,**")
# The forge address the copy pretends to live at; git fetches it from the local bare repository instead.
FORGE_URL = "https://gitlab.example.org/regio/kaderwijzer"
# The job's `bash scripts/test` runs the whole suite, browser included: too long to run once more inside a test.
# In the copy (not committed, so the change stays one data change) it runs the tests that read the pipeline's
# variables: the ones that failed inside the job when the suite depended on them.
TEST_STAND_IN = """#!/usr/bin/env bash
source "$(dirname "$0")/_env.sh"
install_project test
exec "$VENV/python" -m pytest -q -p no:cacheprovider tests/kaderwijzer/site/test_editlinks.py \\
  tests/kaderwijzer/opendata/test_datapackage.py tests/kaderwijzer/model/test_status.py
"""
GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Redactie",
           "GIT_AUTHOR_EMAIL": "redactie@example.org", "GIT_COMMITTER_NAME": "Redactie",
           "GIT_COMMITTER_EMAIL": "redactie@example.org"}


@dataclass(frozen=True)
class Throwaway:
    work: Path  # the clone a job runs in, on branch `wijziging`
    base: str  # commit id of `main`, where the branch starts


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, env={**os.environ, **GIT_ENV}, capture_output=True, text=True,
                            timeout=120, check=True)
    return result.stdout.strip()


def _copy_working_tree(work: Path) -> None:
    on_disk = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for rel in filter(None, on_disk):
        source = ROOT / rel
        if source.is_file():
            (work / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / rel)
    for rel in filter(None, git(work, "ls-files", "-z").split("\0")):
        if not (ROOT / rel).exists():
            (work / rel).unlink()  # deleted here, not yet committed


def make_throwaway(tmp: Path) -> Throwaway:
    origin, work = tmp / "origin.git", tmp / "work"
    git(tmp, "init", "-q", "--bare", "-b", "main", str(origin))
    git(tmp, "clone", "-q", "--no-checkout", str(ROOT), str(work))
    git(work, "checkout", "-q", "-B", "main", "HEAD")
    _copy_working_tree(work)
    git(work, "add", "-A")
    git(work, "commit", "-q", "--allow-empty", "-m", "Stand van de werkmap")
    git(work, "remote", "set-url", "origin", f"{FORGE_URL}.git")
    git(work, "config", f"url.{origin}.insteadOf", f"{FORGE_URL}.git")
    git(work, "push", "-q", "origin", "main")
    git(work, "fetch", "-q", "origin")
    base = git(work, "rev-parse", "HEAD")
    git(work, "checkout", "-q", "-b", BRANCH)
    changed = work / CHANGED_FILE
    text = changed.read_text(encoding="utf-8")
    assert OLD_AMBITION in text, "the ambition to reword has changed"
    changed.write_text(text.replace(OLD_AMBITION, NEW_AMBITION, 1), encoding="utf-8")
    git(work, "commit", "-q", "-am", "Begeleiding: ambitie in eenvoudiger woorden")
    (work / "scripts" / "test").write_text(TEST_STAND_IN, encoding="utf-8")
    return Throwaway(work, base)
