"""Checks on editor-written text: no raw HTML, no template syntax, no script links.

Text is Markdown and is rendered with HTML escaped, but we reject these
patterns at validation time so the editor learns about the mistake, and so
that Markdown features that produce attributes or requests (images, `{: }`
attribute lists) never reach a page.
"""

from __future__ import annotations

import datetime as dt
import re

_INVISIBLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
_CHECKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bTODO\b"), "dit veld is nog niet ingevuld (placeholder `TODO`)"),
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#"), "template-syntax (`{{`, `{%`) is niet toegestaan in tekst"),
    (
        re.compile(r"<\s*/?\s*[a-zA-Z!?][^>]*>|<\s*(script|iframe|img|svg|object|embed|style)\b", re.I),
        "HTML is niet toegestaan in tekst; gebruik Markdown",
    ),
    (re.compile(r"\bon[a-z]+\s*=", re.I), "HTML-eventhandler (zoals `onerror=`) is niet toegestaan in tekst"),
    (re.compile(r"(javascript|vbscript)\s*:|\bdata:[a-z]+/", re.I), "links met `javascript:`, `vbscript:` of `data:` zijn niet toegestaan"),
    # Images load from any host; the site makes no third-party requests.
    (re.compile(r"!\["), "afbeeldingen (`![...]`) zijn niet toegestaan in tekst"),
    # `{: style=... }` would set HTML attributes through Markdown's attribute lists.
    (re.compile(r"[{}]"), "accolades (`{` en `}`) zijn niet toegestaan in tekst; ze sturen de opmaak aan"),
    # Written as YAML escapes (`"\\a"`, `"\\L"`): invisible, or (bidi overrides) they make text read backwards.
    (re.compile(_INVISIBLE), "onzichtbaar stuurteken in tekst; haal het weg"),
)
# Cheap first pass: every pattern above needs one of these, and most text has none.
_TRIGGER = re.compile(r"[{}<=:!" + _INVISIBLE[1:-1] + r"]|TODO")
# Browsers drop tabs and line breaks inside URLs, so `java<newline>script:` is still a script link.
_URL_IGNORED = str.maketrans("", "", "\t\n\r")


def find_problem(text: str) -> tuple[str, str] | None:
    """Return (message, offending fragment) for the first forbidden pattern, if any."""
    if not _TRIGGER.search(text):
        return None
    squeezed = text.translate(_URL_IGNORED)
    variants = (text,) if squeezed == text else (text, squeezed)
    for pattern, message in _CHECKS:
        for variant in variants:
            match = pattern.search(variant)
            if match:
                return message, match.group(0)
    return None


def check_text(text: str) -> str:
    """Pydantic validator: reject forbidden patterns, naming the offending fragment."""
    problem = find_problem(text)
    if problem:
        message, fragment = problem
        shown = "".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in fragment)
        raise ValueError(f"{message} (gevonden: `{shown}`)")
    return text


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def iso_date(value: object) -> object:
    """Pydantic validator: `JJJJ-MM-DD` text becomes a date; a date that does not exist is named."""
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"`{value}` is geen bestaande datum; controleer maand (01–12) en dag") from None
    return value
