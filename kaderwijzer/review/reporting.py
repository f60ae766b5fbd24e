"""Validation errors in the formats forges read: workflow commands, Code Quality, SARIF, plain JSON.

Every format carries the same Dutch sentence as `text` and a path relative to the repository root,
so an annotation lands on the line the editor changed.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from kaderwijzer.model.errors import DataError, DataErrors
from kaderwijzer.reading.loader import load_corpus

FORMATS = ("text", "github", "gitlab", "sarif", "json")
TOOL = "kaderwijzer"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

# What kind of problem a message describes; forges group and filter by it.
CHECKS: dict[str, str] = {
    "syntax": "Het bestand is geen geldige YAML of geen leesbare tekst.",
    "reference": "Een verwijzing naar een id of bronbestand dat niet bestaat, of een id die al bestaat.",
    "schema": "Een veld ontbreekt, is onbekend of heeft een waarde die niet mag.",
    "placement": "Een bestand staat niet op een plek waar Kaderwijzer het leest.",
    "source": "De gegevens wijken af van de tekst van het brondocument, of nemen die letterlijk over.",
}

@dataclass(frozen=True)
class Finding:
    """One error as reported: path from the repository root, 1-based line and column."""

    path: str
    line: int
    col: int
    message: str
    check: str
    fingerprint: str


def repository_root(start: Path) -> Path:
    """Top of the git work tree, or `start` itself outside git."""
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=start, capture_output=True, text=True,
                             timeout=30, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return start.resolve()
    return Path(out).resolve() if out else start.resolve()


def findings(errors: list[DataError], root: Path) -> list[Finding]:
    result = []
    seen: dict[str, int] = {}
    for error in errors:
        path = Path(error.path)
        try:
            rel = path.resolve().relative_to(root).as_posix()
        except ValueError:
            rel = path.as_posix()
        # Without the line, so a finding keeps its identity when lines above it move; a counter keeps twins apart.
        key = f"{rel}\0{error.message}"
        seen[key] = seen.get(key, 0) + 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode("utf-8")).hexdigest()[:32]
        check = error.check if error.check in CHECKS else "schema"
        result.append(Finding(rel, error.line, error.col, error.message, check, fingerprint))
    return result


# ---- the formats ----
def text_report(items: list[Finding]) -> str:
    return DataErrors([DataError(f.path, f.line, f.col, f.message) for f in items]).report() + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_report(items: list[Finding]) -> str:
    """GitHub Actions workflow commands: one `::error` per finding."""
    lines = []
    for f in items:
        props = ",".join(f"{k}={_escape_property(str(v))}" for k, v in
                         (("file", f.path), ("line", f.line), ("col", f.col), ("title", f"Kaderwijzer: {f.check}")))
        lines.append(f"::error {props}::{_escape_data(f.message)}")
    return "".join(line + "\n" for line in lines)


def gitlab_report(items: list[Finding]) -> str:
    """GitLab Code Quality report: a JSON array of Code Climate issues."""
    issues = [{
        "type": "issue",
        "description": f.message,
        "check_name": f"kaderwijzer/{f.check}",
        "categories": ["Bug Risk"],
        "fingerprint": f.fingerprint,
        "severity": "major",
        "location": {"path": f.path, "lines": {"begin": f.line}, "positions": {"begin": {"line": f.line, "column": f.col}}},
    } for f in items]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def sarif_report(items: list[Finding]) -> str:
    """SARIF 2.1.0 log with one run; paths are relative to %SRCROOT% (the repository root)."""
    rules = [{"id": f"kaderwijzer/{check}", "name": check, "shortDescription": {"text": text},
              "defaultConfiguration": {"level": "error"}} for check, text in CHECKS.items()]
    index = {check: i for i, check in enumerate(CHECKS)}
    results = [{
        "ruleId": f"kaderwijzer/{f.check}",
        "ruleIndex": index[f.check],
        "level": "error",
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": quote(f.path), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": f.line, "startColumn": f.col},
        }}],
        "partialFingerprints": {"kaderwijzer/v1": f.fingerprint},
    } for f in items]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": TOOL, "version": _version(), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def json_report(items: list[Finding]) -> str:
    """Our own list, for other tools: the same fields as `text`, plus the kind of check."""
    errors = [{"path": f.path, "line": f.line, "column": f.col, "message": f.message, "check": f.check,
               "fingerprint": f.fingerprint} for f in items]
    return json.dumps({"ok": not errors, "count": len(errors), "errors": errors}, ensure_ascii=False, indent=2) + "\n"


REPORTERS: dict[str, Callable[[list[Finding]], str]] = {
    "text": text_report,
    "github": github_report,
    "gitlab": gitlab_report,
    "sarif": sarif_report,
    "json": json_report,
}


def _version() -> str:
    try:
        return version("kaderwijzer")
    except PackageNotFoundError:  # running from a checkout without install
        return "0"


def _notes(notes: list[str], fmt: str) -> None:
    """Lines that are not errors (sources without text): on stdout for people, in the job log for machines;
    never between the error lines, which tools read one by one."""
    for note in notes:
        (sys.stdout if fmt == "text" else sys.stderr).write(note + "\n")


def run_validate(data: Path, content: Path | None, fmt: str) -> int:
    """`kaderwijzer validate --format FMT`: the report on stdout for machines, on stderr for people (`text`)."""
    notes: list[str] = []  # e.g. that some sources have no text to compare with
    try:
        corpus = load_corpus(data, content, notes=notes)
    except DataErrors as exc:
        items = findings(exc.errors, repository_root(Path.cwd()))
        _notes(notes, fmt)
        if fmt == "text":
            sys.stderr.write(text_report(items))
        else:
            sys.stdout.write(REPORTERS[fmt](items))
            sys.stderr.write(exc.report().rsplit("\n", 1)[-1] + "\n")  # the one-line summary, for the job log
        return 1
    summary = ", ".join(f"{n} {label}" for label, n in corpus.counts().items())
    _notes(notes, fmt)
    if fmt == "text":
        print(f"Alles in orde: {summary}.")
    else:
        sys.stdout.write(REPORTERS[fmt]([]))
        sys.stderr.write(f"Alles in orde: {summary}.\n")
    return 0
