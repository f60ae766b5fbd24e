"""The GitHub workflow passes a security review: zizmor finds nothing, every action is pinned to a release commit."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.ci.test_templates import GITHUB, load
from tests.conftest import ROOT

ZIZMOR = Path(sys.executable).with_name("zizmor")
PINNED = re.compile(r"^\s*(?:- )?uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$")


def zizmor(path: Path) -> list[dict]:
    result = subprocess.run([str(ZIZMOR), "--offline", "--no-exit-codes", "--format", "json", "--no-progress",
                             str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_zizmor_finds_nothing_in_the_workflow() -> None:
    findings = zizmor(GITHUB)
    assert [(f["ident"], f["locations"][0]["concrete"]["location"]["start_point"]["row"] + 1) for f in findings] == []


def test_zizmor_would_flag_a_tag_and_left_credentials(tmp_path: Path) -> None:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    # As it was: a tag, and checkout's default of leaving the token in .git/config.
    old = re.sub(r"\n *persist-credentials: false[^\n]*", "", GITHUB.read_text(encoding="utf-8"))
    old = re.sub(r"actions/checkout@[0-9a-f]{40}", "actions/checkout@v4", old)
    (workflows / "kaderwijzer.yml").write_text(old, encoding="utf-8")
    idents = {f["ident"] for f in zizmor(workflows / "kaderwijzer.yml")}
    assert {"unpinned-uses", "artipacked"} <= idents


def test_every_action_is_pinned_to_a_commit_with_its_release_as_comment() -> None:
    lines = [line for line in GITHUB.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert len(lines) == 6
    for line in lines:
        assert PINNED.match(line), line


def test_checkout_leaves_no_credentials_and_jobs_get_only_what_they_need() -> None:
    workflow = load(GITHUB)
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["check"]["permissions"] == {"contents": "read"}
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, job in jobs.items():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, name
