"""The forge templates are valid by their published schemas and run what the README documents, nothing else."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT

SCHEMAS = ROOT / "tests" / "schemas"
GITHUB = ROOT / ".github" / "workflows" / "kaderwijzer.yml"
GITLAB = ROOT / ".gitlab-ci.yml"
PRE_COMMIT = ROOT / ".pre-commit-config.yaml"
SCRIPT_CALL = re.compile(r"\bbash (scripts/[\w-]+)")
OTHER_INSTALLS = re.compile(r"\b(pip|pip3|uv|apt-get|apt|npm|npx|playwright) ")


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as True; the workflow schema wants the string.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def github_steps() -> dict[str, list[dict]]:
    return {name: job.get("steps", []) for name, job in load(GITHUB)["jobs"].items()}


def github_commands(job: str) -> list[str]:
    return [step["run"] for step in github_steps()[job] if "run" in step]


def gitlab_commands(job: str) -> list[str]:
    spec = load(GITLAB)[job]
    return [*spec.get("script", []), *spec.get("after_script", [])]


@pytest.mark.parametrize(("path", "schema"), [(GITHUB, "github-workflow.schema.json"), (GITLAB, "gitlab-ci.schema.json")])
def test_template_is_valid_by_its_published_schema(path: Path, schema: str) -> None:
    validator = jsonschema.Draft7Validator(json.loads((SCHEMAS / schema).read_text(encoding="utf-8")))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(load(path))]
    assert errors == []


def test_schema_check_can_fail() -> None:
    validator = jsonschema.Draft7Validator(json.loads((SCHEMAS / "github-workflow.schema.json").read_text(encoding="utf-8")))
    broken = load(GITHUB)
    broken["jobs"]["check"]["runs-on"] = 5
    del broken["jobs"]["build"]["steps"][0]["uses"]
    assert list(validator.iter_errors(broken))


def test_templates_only_run_commands_the_readme_documents() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(SCRIPT_CALL.findall(readme))
    assert {"scripts/serve", "scripts/test", "scripts/build"} <= documented
    commands = [c for job in github_steps() for c in github_commands(job)]
    commands += [c for job in ("controleren", "pages") for c in gitlab_commands(job)]
    for command in commands:
        assert not OTHER_INSTALLS.search(command), f"installs outside the README's scripts: {command}"
        for script in SCRIPT_CALL.findall(command):
            assert script in documented, script
        if command.startswith(".venv/bin/"):
            assert command.split()[0] in readme, command  # the README names the tools in .venv too


def test_pull_request_job_annotates_summarises_previews_and_tests() -> None:
    commands = github_commands("check")
    assert "bash scripts/build" in commands and "bash scripts/test" in commands
    assert ".venv/bin/kaderwijzer validate --format github" in commands
    assert any(c.startswith(".venv/bin/kaderwijzer diff") and c.endswith('>> "$GITHUB_STEP_SUMMARY"') for c in commands)
    assert '.venv/bin/kaderwijzer dekking --markdown "$GITHUB_STEP_SUMMARY"' in commands
    coverage = next(s for s in github_steps()["check"] if "kaderwijzer dekking" in s.get("run", ""))
    assert coverage["continue-on-error"] is True  # gaps are reported without skipping the preview and the tests
    steps = github_steps()["check"]
    assert any(s.get("uses", "").startswith("actions/upload-artifact@") and s["with"]["path"] == "site/" for s in steps)
    assert next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))["with"]["fetch-depth"] == 0
    job = load(GITHUB)["jobs"]["check"]
    assert job["if"] == "github.event_name == 'pull_request'" and "KADERWIJZER_PREVIEW" in job["env"]


def test_main_is_published_with_its_real_address() -> None:
    workflow = load(GITHUB)
    assert workflow["on"]["push"]["branches"] == ["main"]
    build = next(s for s in github_steps()["build"] if s.get("run") == "bash scripts/build")
    assert build["env"]["KADERWIJZER_SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in github_steps()["deploy"])
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    pages = load(GITLAB)["pages"]
    assert pages["variables"]["KADERWIJZER_SITE_URL"] == "$CI_PAGES_URL/"
    assert "bash scripts/build -d public" in pages["script"] and pages["artifacts"]["paths"] == ["public"]


def test_merge_request_job_reports_code_quality_and_the_diff() -> None:
    config = load(GITLAB)
    assert {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'} in config["workflow"]["rules"]
    job = config["controleren"]
    report = job["artifacts"]["reports"]["codequality"]
    assert f".venv/bin/kaderwijzer validate --format gitlab > {report} || true" in job["after_script"]
    assert job["artifacts"]["when"] == "always" and "site/" in job["artifacts"]["paths"]
    assert any(c.startswith(".venv/bin/kaderwijzer diff") for c in job["after_script"])
    assert ".venv/bin/kaderwijzer dekking --markdown dekking.md || true" in job["after_script"]
    assert "dekking.md" in job["artifacts"]["paths"]
    assert "bash scripts/build" in job["script"] and "bash scripts/test" in job["script"]
