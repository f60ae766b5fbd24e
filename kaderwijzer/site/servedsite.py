"""The folder `mkdocs serve` shows, kept whole while MkDocs rebuilds its own folder in the background.

MkDocs empties its site folder at the start of every build. So that the browser never meets a half-built
site, the served folder is a snapshot (hard links, so taking it is cheap) while the background build runs;
changed pages are written into the snapshot by replacing files, never by writing into a shared one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path


def snapshot(site_dir: Path) -> Path:
    """A copy of `site_dir` in a new folder, made of hard links where the file system allows."""
    target = Path(tempfile.mkdtemp(prefix="kaderwijzer-serve-"))
    for folder, _, names in os.walk(site_dir):
        here = Path(folder)
        there = target / here.relative_to(site_dir)
        there.mkdir(parents=True, exist_ok=True)
        for name in names:
            try:
                os.link(here / name, there / name)
            except OSError:
                shutil.copy2(here / name, there / name)
    return target


def replace_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` by renaming a new file over it: a hard-linked old file stays as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.kaderwijzer-tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def remove(folder: Path | None) -> None:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def watched_files(watched_paths: Iterable[str], data: str) -> tuple:
    """Every file the server watches outside the folder `data`, with its time and size."""
    found = []
    for watched in sorted(watched_paths):
        if watched == data or watched.startswith(data + os.sep):
            continue
        paths = [Path(watched)] if os.path.isfile(watched) else sorted(Path(watched).rglob("*"))
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                continue
            found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)
