"""Checks on editor-written text: no raw HTML, no template syntax, no script links.

Text is Markdown and is rendered with HTML escaped, but we reject these
patterns at validation time so the editor learns about the mistake.
"""

from __future__ import annotations

import re

_CHECKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bTODO\b"), "dit veld is nog niet ingevuld (placeholder `TODO`)"),
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#"), "template-syntax (`{{`, `{%`) is niet toegestaan in tekst"),
    (
        re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|<\s*(script|iframe|img|svg|object|embed|style)\b", re.I),
        "HTML is niet toegestaan in tekst; gebruik Markdown",
    ),
    (re.compile(r"\bon[a-z]+\s*=", re.I), "HTML-eventhandler (zoals `onerror=`) is niet toegestaan in tekst"),
    (re.compile(r"(javascript|vbscript)\s*:|\bdata:[a-z]+/", re.I), "links met `javascript:`, `vbscript:` of `data:` zijn niet toegestaan"),
)


def find_problem(text: str) -> tuple[str, str] | None:
    """Return (message, offending fragment) for the first forbidden pattern, if any."""
    for pattern, message in _CHECKS:
        match = pattern.search(text)
        if match:
            return message, match.group(0)
    return None


def check_text(text: str) -> str:
    """Pydantic validator: reject forbidden patterns, naming the offending fragment."""
    problem = find_problem(text)
    if problem:
        message, fragment = problem
        raise ValueError(f"{message} (gevonden: `{fragment}`)")
    return text
