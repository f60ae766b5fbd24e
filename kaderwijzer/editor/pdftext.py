"""The text of a source document, page by page, cleaned for reading: from a PDF (pypdf) or plain text.

Running page headers and footers (a line that opens or closes most pages, page numbers aside) are left
out, and a word hyphenated across two lines is joined (`samen-` / `werking in` becomes `samenwerking in`).
The result carries a page marker before each page, so headings and citations keep their page.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from kaderwijzer.model.outline import PAGE_MARKER

EDGE_LINES = 2  # how many lines at the top and bottom of a page may be a running header or footer
# Short words that follow a hyphen as words of their own: `hulp- en ondersteuningsaanbod`.
_FREE_WORDS = {"en", "of", "tot", "als", "dan", "noch"}


class SourceTextError(Exception):
    """A file that gives no text; the message is Dutch and says what to do."""


def read_pages(path: Path) -> list[str]:
    """The text of each page: a PDF page by page; plain text split at form feeds (one page without them)."""
    if path.suffix.casefold() == ".pdf":
        return _pdf_pages(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceTextError(f"{path}: geen UTF-8-tekst en geen PDF; sla het bestand op als PDF of als UTF-8-tekst") from exc
    return text.split("\f")


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise SourceTextError(f"{path}: deze PDF is niet te lezen ({exc}); probeer een andere export van het document") from exc
    if not any(page.strip() for page in pages):
        raise SourceTextError(f"{path}: de PDF bevat geen tekst (waarschijnlijk een scan); laat er eerst tekst van "
                              "maken (OCR) of gebruik een tekstversie")
    return pages


def _shape(line: str) -> str:
    """A line with its numbers blanked, so `Pagina 3 van 9` and `Pagina 4 van 9` are the same footer."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def running_lines(pages: list[list[str]]) -> set[str]:
    """Shapes of lines that open or close at least half of the pages (of three or more): headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line.strip()]
        counts.update({_shape(line) for line in content[:EDGE_LINES] + content[-EDGE_LINES:]})
    return {shape for shape, n in counts.items() if n * 2 >= len(pages) and shape.strip("# ")} | {"#"}


def _strip_edges(lines: list[str], running: set[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(content[:EDGE_LINES] + content[-EDGE_LINES:])
    return [line for i, line in enumerate(lines) if not (i in edges and _shape(line) in running)]


def clean_pages(raw_pages: list[str]) -> list[list[str]]:
    """Lines per page without running headers and footers, with hyphenated words joined within a page."""
    pages = [page.replace("\r\n", "\n").split("\n") for page in raw_pages]
    running = running_lines(pages)
    return [_join(_strip_edges(lines, running)) for lines in pages]


def _join(lines: list[str]) -> list[str]:
    """Join `woord-` at a line end with the next line's first word, unless that word stands on its own (`en`)
    or starts with a capital (`Midden-` / `Holland` keeps its hyphen)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if re.search(r"[^\W\d_]-$", line) and nxt:
            first, _, rest = nxt.partition(" ")
            if first.casefold() not in _FREE_WORDS:
                joined = line[:-1] + first if first[:1].islower() else line + first
                lines = lines[:i + 1] + [f"{joined} {rest}".rstrip()] + lines[i + 2:]
                i += 1  # the joined line may end in a hyphen again
                continue
        out.append(line)
        i += 1
    return out


def page_text(pages: list[list[str]]) -> str:
    """The text with a page marker before each page, as `kaderwijzer import` stores it."""
    parts = []
    for number, lines in enumerate(pages, start=1):
        parts.append(PAGE_MARKER.format(page=number))
        parts.extend(lines)
    return "\n".join(parts).rstrip() + "\n"
