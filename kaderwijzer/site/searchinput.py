"""What Pagefind reads: of every indexed page only the part it indexes, in a private folder.

Pagefind parses every HTML file it is given, and on our pages the theme's header, sidebar and footer are
about three quarters of the bytes. A copy holding just the page's `data-pagefind-body` element (with the
page language) gives the same index fragments (same text, title, meta and filters; checked in
bench/notes.md) for about 60 % of Pagefind's time. Pages without a search body are not copied, so
Pagefind leaves them out exactly as it would on the full site.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

BODY_ATTRIBUTE = "data-pagefind-body"
_LANG = re.compile(r'<html\b[^>]*\blang="([^"]*)"')
# The search body sits inside the theme's <article>: the copy ends where the article does.
_END = "</article>"


def search_part(page_html: str) -> str | None:
    """A small HTML document with the page's search body, or None for a page outside the index."""
    at = page_html.find(BODY_ATTRIBUTE)
    if at < 0:
        return None
    start = page_html.rfind("<", 0, at)
    end = page_html.find(_END, at)
    lang = _LANG.search(page_html)
    head = f'<!doctype html><html lang="{lang.group(1)}">' if lang else "<!doctype html><html>"
    return f'{head}<head><meta charset="utf-8"></head><body>{page_html[start:end if end > 0 else None]}</body></html>'


class SearchInput:
    """The folder Pagefind indexes instead of the built site; same relative paths, so the same URLs."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="kaderwijzer-pagefind-"))
        self._made: set[Path] = {self.folder}  # folders made so far: most pages share theirs with others

    def add(self, dest_uri: str, page_html: str) -> None:
        self.add_part(dest_uri, search_part(page_html))

    def add_part(self, dest_uri: str, part: str | None) -> None:
        if part is not None:
            path = self.folder / dest_uri
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            path.write_text(part, encoding="utf-8")

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
