"""The pull-request job of the GitHub workflow, its `run:` steps with its `env:`, on a throwaway copy with one data change.

No runner here: the `uses:` steps are stood in for (checkout is the throwaway clone with full history and
`origin/main`; the artifact upload is a check that its path exists). Every `run:` step runs as the runner runs it
(`bash -e`, in the checkout, with the workflow's, job's and step's `env:` and GitHub's own variables), and a step
whose `if:` asks for `!cancelled()` runs also after a failure.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.ci.test_pipeline_env import GITHUB_CONTEXT, github_env
from tests.ci.test_templates import GITHUB, load
from tests.ci.throwaway import BRANCH, CHANGED_FILE, CHANGED_LINES, make_throwaway
from tests.conftest import SEEDS_ENV

RUNS_AFTER_FAILURE = ("!cancelled()", "always()")


def runner_variables(work: Path, tmp: Path) -> dict[str, str]:
    return {"CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": "pull_request", "GITHUB_WORKSPACE": str(work),
            "GITHUB_BASE_REF": GITHUB_CONTEXT["github.base_ref"], "GITHUB_HEAD_REF": GITHUB_CONTEXT["github.head_ref"],
            "GITHUB_REPOSITORY": GITHUB_CONTEXT["github.repository"], "GITHUB_STEP_SUMMARY": str(tmp / "summary.md"),
            # `git config --system` in a step writes here, not to this machine's /etc/gitconfig.
            "GIT_CONFIG_SYSTEM": str(tmp / "gitconfig-system")}


def run_of(job: dict, name: str) -> str:
    return next(step["run"] for step in job["steps"] if step.get("name", step.get("run")) == name)


@pytest.mark.pipeline
def test_pull_request_job_passes_and_leaves_annotations_summary_and_preview(tmp_path: Path) -> None:
    workflow = load(GITHUB)
    job = workflow["jobs"]["check"]
    assert job["if"] == "github.event_name == 'pull_request'"
    repo = make_throwaway(tmp_path)
    env = {**os.environ, **github_env(workflow.get("env", {})), **github_env(job.get("env", {})),
           **runner_variables(repo.work, tmp_path), SEEDS_ENV: os.environ[SEEDS_ENV]}
    (tmp_path / "summary.md").touch()
    failed, outputs, uploaded = False, {}, []
    for number, step in enumerate(job["steps"]):
        if failed and not any(c in str(step.get("if", "")) for c in RUNS_AFTER_FAILURE):
            continue
        if "uses" in step:
            action = step["uses"].split("@")[0]
            if action == "actions/checkout":
                assert step["with"]["fetch-depth"] == 0  # the throwaway clone has the whole history
            elif action == "actions/upload-artifact":
                uploaded.append(repo.work / step["with"]["path"])
            else:
                pytest.fail(f"no stand-in for {action}")
            continue
        script = tmp_path / f"step-{number}.sh"
        script.write_text(step["run"] + "\n", encoding="utf-8")
        result = subprocess.run(["bash", "-e", str(script)], cwd=repo.work, env={**env, **github_env(step.get("env", {}))},
                                capture_output=True, text=True, timeout=1800)
        outputs[step.get("name", step["run"])] = result.stdout + result.stderr
        if result.returncode != 0:
            failed = True
            outputs["failed"] = f"{step['run']}: {result.stdout[-3000:]}{result.stderr[-3000:]}"
    assert not failed, outputs["failed"]

    (annotations,) = [out for name, out in outputs.items() if "--format github" in run_of(job, name)]
    assert "::error" not in annotations and "Alles in orde" in annotations  # the change is valid: no annotation
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert f"`{CHANGED_FILE}`" in summary and all(line in summary for line in CHANGED_LINES), summary
    assert uploaded == [repo.work / "site"]
    home = (repo.work / "site" / "index.html").read_text(encoding="utf-8")
    assert f"Voorbeeld van wijziging #7 ({BRANCH}), nog niet gepubliceerd." in home
    assert 'href="midden-holland/segmenten/begeleiding/"' in home  # the page the change touches
    assert 'href="https://github.com/regio/kaderwijzer/edit/main/content/index.md"' in home
    assert f"directory = {repo.work}" in (tmp_path / "gitconfig-system").read_text(encoding="utf-8")
