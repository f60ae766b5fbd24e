"""The pre-commit hooks install themselves: from a fresh clone they need no .venv of ours.

pre-commit itself is not installed here; the last test does what its `language: python` does for our local hook
(a new virtualenv, `pip install` of the hook's additional_dependencies, the entry run from the repository root).
"""

from __future__ import annotations

import os
import re
import subprocess
import venv
from pathlib import Path

import pytest
import yaml

from tests.ci.test_templates import PRE_COMMIT
from tests.ci.throwaway import make_throwaway
from tests.conftest import ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"
UV = ROOT / ".venv" / "uv" / "bin" / "uv"
# Keys and values pre-commit accepts for a hook (its documented manifest keys, the ones we use).
HOOK_KEYS = {"id", "name", "entry", "language", "files", "pass_filenames", "additional_dependencies", "description"}


def local_hook() -> dict:
    config = yaml.safe_load(PRE_COMMIT.read_text(encoding="utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    return hook


def locked(name: str) -> str:
    match = re.search(rf"^{re.escape(name)}==(\S+)", (ROOT / "requirements" / "site.txt").read_text(encoding="utf-8"), re.M)
    assert match, name
    return match.group(1)


@pytest.mark.parametrize("hook", [local_hook(), *yaml.safe_load(HOOKS.read_text(encoding="utf-8"))],
                         ids=["pre-commit-config", "pre-commit-hooks"])
def test_hook_installs_itself_and_checks_data_and_content_only(hook: dict) -> None:
    assert set(hook) <= HOOK_KEYS and hook["id"] == "kaderwijzer-validate"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    assert ".venv" not in hook["entry"] and "kaderwijzer validate" in hook["entry"]
    files = re.compile(hook["files"])
    assert files.search("data/segments/midden-holland/crisis.yml") and files.search("content/index.md")
    assert not files.search("README.md") and not files.search("kaderwijzer/cli/main.py")


def test_local_hook_installs_the_locked_versions() -> None:
    assert local_hook()["additional_dependencies"] == [f"pydantic=={locked('pydantic')}", f"pyyaml=={locked('pyyaml')}"]


@pytest.mark.pipeline
def test_hook_environment_from_nothing_passes_good_data_and_stops_bad(tmp_path: Path) -> None:
    hook = local_hook()
    env_dir = tmp_path / "hook-env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # pre-commit uses pip; uv installs the same packages from the same registry, faster.
    subprocess.run([str(UV), "pip", "install", "--quiet", "--python", str(python), *hook["additional_dependencies"]],
                   check=True, capture_output=True, timeout=600)
    repo = make_throwaway(tmp_path)
    env = {**os.environ, "PATH": f"{env_dir / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    command = hook["entry"].split("#")[0].split()
    assert command[0] == "python"
    good = subprocess.run(command, cwd=repo.work, env=env, capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stderr
    assert "Alles in orde" in good.stdout + good.stderr
    broken = repo.work / "data" / "segments" / "midden-holland" / "begeleiding.yml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("direction: toename", "direction: omhoog", 1),
                      encoding="utf-8")
    bad = subprocess.run(command, cwd=repo.work, env=env, capture_output=True, text=True, timeout=300)
    assert bad.returncode != 0
    assert re.search(r"data/segments/midden-holland/begeleiding\.yml:\d+:\d+: .*omhoog", bad.stdout + bad.stderr), \
        bad.stdout + bad.stderr
    assert "Traceback" not in bad.stderr
