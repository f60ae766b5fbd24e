"""Helpers to read built pages the way a visitor sees them."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup


def page(site: Path, url_path: str) -> BeautifulSoup:
    path = site / url_path.strip("/") / "index.html" if not url_path.endswith(".html") else site / url_path
    assert path.is_file(), f"pagina ontbreekt: {url_path}"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def main_text(soup: BeautifulSoup) -> str:
    """Visible text of the article, whitespace folded, Markdown-free."""
    article = soup.select_one("article") or soup
    # No separator: inline links (glossary terms) must not split the sentence around them.
    return re.sub(r"\s+", " ", article.get_text("")).strip()


def plain(markdown_text: str) -> str:
    """What a short Markdown text looks like once rendered: no emphasis marks, folded spaces."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    text = re.sub(r"[*_`]", "", text)
    return re.sub(r"\s+", " ", text).strip()
