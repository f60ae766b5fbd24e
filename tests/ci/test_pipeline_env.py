"""The tests give the same answer inside a pipeline: the variables the CI templates set do not reach them."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.ci.test_templates import GITHUB, GITLAB, load
from tests.conftest import ROOT, pipeline_variables

# Values a pull or merge request would give the templates' expressions.
GITHUB_CONTEXT = {"github.server_url": "https://github.com", "github.repository": "regio/kaderwijzer",
                  "github.event.repository.default_branch": "main", "github.event.pull_request.number": "7",
                  "github.head_ref": "wijziging", "github.base_ref": "main",
                  "steps.pages.outputs.base_url": "https://regio.github.io/kaderwijzer"}
GITLAB_PREDEFINED = {"CI_PROJECT_URL": "https://gitlab.example.org/regio/kaderwijzer", "CI_DEFAULT_BRANCH": "main",
                     "CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "wijziging",
                     "CI_MERGE_REQUEST_DIFF_BASE_SHA": "0123456789abcdef0123456789abcdef01234567",
                     "CI_PAGES_URL": "https://regio.gitlab.example.io/kaderwijzer"}
# Tests that once failed inside the jobs (they read the preview, edit-link, site-address and date variables).
SENSITIVE = ["tests/kaderwijzer/site/test_editlinks.py", "tests/kaderwijzer/opendata/test_datapackage.py",
             "tests/kaderwijzer/model/test_status.py"]


EXPRESSION = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


def github_env(env: dict[str, object]) -> dict[str, str]:
    """An `env:` block as the runner gives it to a step, with GITHUB_CONTEXT for the expressions."""
    return {name: EXPRESSION.sub(lambda m: GITHUB_CONTEXT[m.group(1)], str(value)) for name, value in env.items()}


def github_variables() -> dict[str, str]:
    workflow = load(GITHUB)
    found = dict(workflow.get("env", {}))
    for job in workflow["jobs"].values():
        found.update(job.get("env", {}))
        for step in job["steps"]:
            found.update(step.get("env", {}))
    return github_env(found)


def gitlab_variables() -> dict[str, str]:
    config = load(GITLAB)
    found = dict(config.get("variables", {}))
    for job in config.values():
        if isinstance(job, dict) and "script" in job:
            found.update(job.get("variables", {}))
    reference = re.compile(r"\$(\w+)")
    return {name: reference.sub(lambda m: GITLAB_PREDEFINED[m.group(1)], str(value)) for name, value in found.items()}


def test_every_variable_a_template_sets_for_the_build_is_cleared_for_the_tests() -> None:
    for variables in (github_variables(), gitlab_variables()):
        ours = {name for name in variables if name.startswith("KADERWIJZER_")}
        assert {"KADERWIJZER_PREVIEW", "KADERWIJZER_REPO_URL", "KADERWIJZER_SITE_URL"} <= ours
        assert set(pipeline_variables(variables)) == ours
        assert not ours & set(os.environ)
    assert gitlab_variables()["KADERWIJZER_FORGE"] == "gitlab"


def test_env_sensitive_tests_pass_with_the_variables_each_template_sets() -> None:
    for variables in (github_variables(), gitlab_variables()):
        env = {**os.environ, **variables, "CI": "true", "SOURCE_DATE_EPOCH": "1600000000"}
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SENSITIVE],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stdout[-4000:]
