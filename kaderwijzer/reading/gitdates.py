"""Last change date per file, from one `git log` call (no per-page subprocess)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def last_changed(repo_root: Path, folders: list[str]) -> dict[str, dt.date]:
    """Repo-relative path -> date of the newest commit touching it. Empty without git history."""
    try:
        out = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--", *folders],
            cwd=repo_root, capture_output=True, text=True, timeout=30, check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, dt.date] = {}
    for block in out.split("\x00")[1:]:
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        day = dt.date.fromisoformat(lines[0])
        for path in lines[1:]:
            dates.setdefault(path, day)  # log is newest first
    return dates
