"""Comparing a source's wording with ours: the same item in other words shares long words."""

from __future__ import annotations

import re


def norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w'+-]+", " ", text).split())


def long_words(text: str, min_len: int = 5) -> set[str]:
    return {w for w in norm(text).split() if len(w) >= min_len}


def overlap(source: str, ours: str) -> int:
    return len(long_words(source) & long_words(ours))


def similar(source: str, ours: str) -> bool:
    """Same item in other words: they share two long words (one when the shorter wording has fewer than four)."""
    a, b = long_words(source), long_words(ours)
    short = min(a, b, key=len)
    return bool(short) and len(a & b) >= (1 if len(short) < 4 else 2)


def same_start(ours: str, source: str, length: int = 18) -> bool:
    a, b = norm(ours), norm(source)
    n = min(length, len(a), len(b))
    return a[:n] == b[:n]


def numbered(lines: list[str], start: str, end: str, pattern: str) -> list[str]:
    """Numbered items between two headings; continuation lines are joined to their item."""
    begin = next((i for i, line in enumerate(lines) if line.startswith(start)), None)
    items: list[str] = []
    if begin is None:
        return items
    for line in lines[begin + 1:]:
        if line.startswith(end):
            break
        m = re.match(pattern.format(n=len(items) + 1), line)
        if m:
            items.append(m.group(1))
        elif items and line:
            items[-1] += " " + line
    return items


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
