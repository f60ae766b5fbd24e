"""A preview build, as the forge makes it for a merge request: every variable it depends on set here, so
the result never depends on what the shell or a CI template happens to export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import BUILDER

ROOT = Path(__file__).resolve().parents[2]
PREVIEW_LABEL = "#12 (voorbeeld)"
# Build variables a pipeline may set; the preview build starts from none of them.
_BUILD_VARIABLES = ("KADERWIJZER_PREVIEW", "KADERWIJZER_PREVIEW_BASE", "KADERWIJZER_PREVIEW_URL",
                    "KADERWIJZER_PUBLISH", "KADERWIJZER_SITE_URL", "KADERWIJZER_REPO_URL",
                    "KADERWIJZER_BRANCH", "KADERWIJZER_FORGE", "KADERWIJZER_BUILD_DATE")
# Pages the preview checks visit: home (with the list of changed pages), the 404 page (absolute links),
# and generated pages of each kind.
PREVIEW_PAGES = ("", "404.html", "bno-o/", "vergelijken/", "begrippen/", "gemeente/",
                 "midden-holland/documenten/mh-kaderdocument-inkoop-2025/")


def preview_environment() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in _BUILD_VARIABLES}
    # Compared with HEAD itself: the banner and the home page's list are there, whatever the branch holds.
    env.update({"KADERWIJZER_PREVIEW": PREVIEW_LABEL, "KADERWIJZER_PREVIEW_BASE": "HEAD",
                "DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "true"})
    return env


def build_preview(site_dir: Path) -> Path:
    result = subprocess.run([sys.executable, "-m", BUILDER, "build", "--strict", "-d", str(site_dir)],
                            capture_output=True, text=True, cwd=ROOT, env=preview_environment(), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [], warnings
    return site_dir
