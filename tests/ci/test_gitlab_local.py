"""The merge-request job of `.gitlab-ci.yml`, run by gitlab-ci-local on a throwaway copy with one data change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.ci.test_templates import GITLAB, load
from tests.ci.throwaway import BRANCH, CHANGED_FILE, CHANGED_LINES, FORGE_URL, make_throwaway
from tests.conftest import ROOT, SEEDS_ENV

GITLAB_CI_LOCAL = ROOT / "node_modules" / ".bin" / "gitlab-ci-local"
MR_RULE = '$CI_PIPELINE_SOURCE == "merge_request_event"'
IID = "7"


def merge_request_jobs() -> list[str]:
    config = load(GITLAB)
    return [name for name, job in config.items()
            if isinstance(job, dict) and "script" in job and any(rule.get("if") == MR_RULE for rule in job.get("rules", []))]


@pytest.mark.pipeline
def test_merge_request_job_passes_and_leaves_report_diff_and_preview(tmp_path: Path) -> None:
    assert GITLAB_CI_LOCAL.exists(), "gitlab-ci-local ontbreekt: `bash scripts/test` installeert het met npm ci"
    assert shutil.which("rsync"), "gitlab-ci-local heeft rsync nodig: `bash scripts/test` installeert het"
    jobs = merge_request_jobs()
    assert jobs == ["controleren"]
    repo = make_throwaway(tmp_path)
    # What GitLab predefines for a merge request from `wijziging` into `main`.
    predefined = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": IID,
                  "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": BRANCH, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
                  "CI_MERGE_REQUEST_DIFF_BASE_SHA": repo.base, "CI_DEFAULT_BRANCH": "main",
                  "CI_PROJECT_URL": FORGE_URL, SEEDS_ENV: os.environ[SEEDS_ENV]}
    command = [str(GITLAB_CI_LOCAL), "--force-shell-executor", "--home", str(tmp_path / "home"), "--no-color",
               *(f"--variable={k}={v}" for k, v in predefined.items()), *jobs]
    result = subprocess.run(command, cwd=repo.work, capture_output=True, text=True, timeout=1800)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-5000:]
    assert " PASS  controleren" in log, log[-3000:]
    assert "passed" in log and " failed" not in log, log[-3000:]  # the tests inside the job, with its variables

    # Named in the job's `reports:` (GitLab collects it; gitlab-ci-local leaves it in the work tree).
    report_name = load(GITLAB)["controleren"]["artifacts"]["reports"]["codequality"]
    report = json.loads((repo.work / report_name).read_text(encoding="utf-8"))
    assert report == []  # the change is valid: the Code Quality widget has nothing to flag

    artifacts = repo.work / ".gitlab-ci-local" / "artifacts" / "controleren"
    diff = (artifacts / "beleidswijzigingen.md").read_text(encoding="utf-8")
    assert f"`{CHANGED_FILE}`" in diff and all(line in diff for line in CHANGED_LINES), diff

    assert (artifacts / "dekking.md").is_file()  # coverage of the source texts, kept beside the diff
    home = (artifacts / "site" / "index.html").read_text(encoding="utf-8")
    assert f"Voorbeeld van wijziging !{IID} ({BRANCH}), nog niet gepubliceerd." in home
    assert 'href="midden-holland/segmenten/begeleiding/"' in home  # the page the change touches
    assert f'href="{FORGE_URL}/-/edit/main/content/index.md"' in home  # "Deze pagina aanpassen" on GitLab
    assert (artifacts / "site" / "midden-holland" / "segmenten" / "begeleiding" / "index.html").is_file()
