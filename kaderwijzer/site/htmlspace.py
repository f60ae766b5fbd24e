"""Collapse the indentation that the theme's templates leave in every page.

Jinja indents each nested block, so a page is about a quarter blank space (12 KB of a 50 KB segment page).
Every run of white space that starts with a line break becomes one line break: in HTML that is the same white
space to the browser, so nothing on screen changes. Left alone, because there white space shows or means
something: `pre`, `textarea`, `script`, `style`, and `code` and `kbd` (the theme sets `white-space: pre-wrap`
on them), plus quoted attribute values that span lines.
"""

from __future__ import annotations

import re

# Separate patterns, each starting with a literal, are several times faster than one alternation.
_KEEP_ELEMENT = re.compile(r"<(pre|textarea|script|style|code|kbd|PRE|TEXTAREA|SCRIPT|STYLE|CODE|KBD)\b.*?</\1\s*>", re.S)
_KEEP_VALUE = re.compile(r'="[^"\n]*\n[^"]*"')
_BLANK = re.compile(r"\n[ \t\r\n]*")


def _kept_spans(html: str) -> list[tuple[int, int]]:
    spans = [match.span() for match in _KEEP_ELEMENT.finditer(html)]
    if "\n" in html and '="' in html:
        values = [match.span() for match in _KEEP_VALUE.finditer(html)]
        if values:
            spans = sorted(spans + values)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def collapse_whitespace(html: str) -> str:
    """`html` with every run of white space that starts with a line break made one line break, outside kept parts."""
    parts: list[str] = []
    end = 0
    for start, stop in _kept_spans(html):
        parts.append(_BLANK.sub("\n", html[end:start]))
        parts.append(html[start:stop])
        end = stop
    parts.append(_BLANK.sub("\n", html[end:]))
    return "".join(parts)
