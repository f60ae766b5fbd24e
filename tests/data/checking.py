"""The data tests' code: the same checks `kaderwijzer validate` runs, called directly.

`problems(data_dir)` is every line `validate` would print for that data; `findings(data_dir, check)` runs
one check of `kaderwijzer.reading.checks` on its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

from kaderwijzer.model.errors import DataError
from kaderwijzer.reading.checks.context import CheckContext, read_texts
from kaderwijzer.reading.loader import check_data, read_data
from tests.conftest import ROOT, SEEDS_DIR

HAS_SEEDS = SEEDS_DIR.is_dir()


def problems(data_dir: Path, relative_to: Path | None = None, seeds_dir: Path | None = None) -> list[str]:
    """Every error `validate` reports, as `path:line:col: message`, paths relative to `relative_to`."""
    _corpus, errors, _checked = check_data(data_dir, data_dir.parent / "content", seeds_dir)
    return [_line(e, relative_to) for e in sorted(set(errors))]


def context(data_dir: Path) -> CheckContext:
    corpus, loaded, _errors = read_data(data_dir)
    texts, _without = read_texts(corpus)
    return CheckContext(corpus, loaded, texts)  # type: ignore[arg-type]


def findings(data_dir: Path, *checks: Callable[..., None]) -> list[str]:
    ctx = context(data_dir)
    for check in checks:
        if getattr(check, "__code__", None) and check.__code__.co_argcount == 2:
            source = _registered_source(check)
            if source in ctx.texts:
                check(ctx, ctx.texts[source])
        else:
            check(ctx)
    return [_line(e, data_dir.parent) for e in ctx.errors]


def _registered_source(check: Callable[..., None]) -> str:
    from kaderwijzer.reading.checks.registry import REGISTRY
    return next(source for source, checks in REGISTRY.items() if check in checks)


def _line(error: DataError, relative_to: Path | None) -> str:
    path = error.path
    if relative_to is not None:
        prefix = str(relative_to.resolve()) + "/"
        path = path[len(prefix):] if path.startswith(prefix) else path
    return f"{path}:{error.line}:{error.col}: {error.message}"


def copy_of_data(tmp_path: Path) -> Path:
    """A copy of the real data (and content, for term links) to change one thing in."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "data"


def change(data_dir: Path, relative: str, old: str, new: str, count: int = 1) -> int:
    """Replace `old` by `new` in one data file; the line number of the first change."""
    path = data_dir / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1
