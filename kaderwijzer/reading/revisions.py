"""The files of `data/` at a git revision or in the working tree, as text per path under data/.

One `git ls-tree` and one `git cat-file --batch` per revision, whatever the number of files.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

GIT_TIMEOUT = 60
MAIN_BRANCHES = ("main", "origin/main")


class GitError(Exception):
    """git is missing, this is no repository, or git refused; `str()` is git's own message."""


class BadRevision(GitError):
    def __init__(self, revision: str):
        self.revision = revision
        super().__init__(revision)


def git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    # Inherited GIT_DIR & co. (e.g. inside a hook) would point git at another repository.
    env = {k: v for k, v in os.environ.items() if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")}
    env.update({"GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"})
    try:
        result = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, input=stdin, capture_output=True,
                                env=env, timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitError(str(exc)) from None
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip())
    return result.stdout


def top_level(path: Path) -> Path:
    return Path(git(path, "rev-parse", "--show-toplevel").decode("utf-8").strip()).resolve()


def resolve(repo: Path, revision: str) -> str:
    """Full commit id of a branch, tag or commit; BadRevision if there is none."""
    if revision.startswith("-"):
        raise BadRevision(revision)  # never let a revision become an option
    try:
        return git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}").decode().strip()
    except GitError:
        raise BadRevision(revision) from None


def default_base(repo: Path) -> str:
    """Where this branch left `main`: the merge-base of HEAD with main (or origin/main, as in a CI clone)."""
    for branch in MAIN_BRANCHES:
        try:
            return git(repo, "merge-base", branch, "HEAD").decode().strip()
        except GitError:
            continue
    raise BadRevision("main")


def files_at(repo: Path, commit: str, data_rel: str) -> dict[str, str]:
    """Path under data/ -> text, for every `.yml` file of data/ in `commit`."""
    listing = git(repo, "ls-tree", "-r", "-z", "--name-only", commit, "--", data_rel).decode("utf-8")
    prefix = "" if data_rel in ("", ".") else data_rel.rstrip("/") + "/"
    paths = [p for p in listing.split("\0") if p.endswith(".yml") and p.startswith(prefix)]
    return {p[len(prefix):]: text for p, text in zip(paths, read_blobs(repo, [f"{commit}:{p}" for p in paths]))}


def read_blobs(repo: Path, specs: list[str]) -> list[str]:
    """Contents of `rev:path` specs, in order; a missing one reads as ''."""
    if not specs:
        return []
    out = git(repo, "cat-file", "--batch", stdin=("\n".join(specs) + "\n").encode("utf-8"))
    texts, pos = [], 0
    for _ in specs:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] != b"blob":
            texts.append("")  # "missing" or not a file
            continue
        size = int(header[2])
        texts.append(out[pos:pos + size].decode("utf-8", "replace"))
        pos += size + 1
    return texts


def files_in_worktree(data_dir: Path) -> dict[str, str]:
    result = {}
    for path in sorted(Path(data_dir).rglob("*.yml")):
        rel = path.relative_to(data_dir).as_posix()
        if rel.startswith("schema/"):
            continue
        try:
            result[rel] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            result[rel] = ""
    return result
