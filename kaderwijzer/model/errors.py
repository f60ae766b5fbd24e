"""Located data errors: `path:line:col: message`."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True, order=True)
class DataError:
    path: str
    line: int
    col: int
    message: str
    # What kind of check found it (`syntax`, `schema`, `reference`, `placement`), for forge reports; not part of
    # the identity, so the same problem found twice is still reported once.
    check: str = field(default="schema", compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class DataErrors(Exception):
    """All errors found in one run, sorted by file and line."""

    def __init__(self, errors: Iterable[DataError]):
        self.errors = sorted(set(errors))
        super().__init__(self.report())

    def report(self) -> str:
        lines = [str(e) for e in self.errors]
        noun = "fout" if len(self.errors) == 1 else "fouten"
        lines.append(f"{len(self.errors)} {noun} gevonden; er is niets gepubliceerd.")
        return "\n".join(lines)


def display_path(path: Path) -> str:
    """Path relative to the working directory when possible, so editors can click it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def suggest(value: str, options: Iterable[str]) -> str:
    """' (bedoelde u `x`?)' for the closest option, or '' when nothing is close."""
    matches = get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f" (bedoelde u `{matches[0]}`?)" if matches else ""


def shorten(value: object, limit: int = 60) -> str:
    text = value if isinstance(value, str) else str(value)  # callers pass text; never a Python repr
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
