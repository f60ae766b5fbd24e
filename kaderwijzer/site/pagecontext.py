"""The page a macro renders for, computed from its source path the way MkDocs 1.6 does (`use_directory_urls`).

The macros need "the current page" for relative links and the footer (title, address, source file). Under
MkDocs that is MkDocs' `Page`; without it (`kaderwijzer render`) it is a `PageContext` with the same three
things the macros read: `file.src_uri`, `file.src_dir`, `title` and `url`.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any

_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)  # as mkdocs.utils.meta


def page_url(src_uri: str) -> str:
    """Directory URL of a page source, e.g. `a/b.md` -> `a/b/`, `a/index.md` -> `a/`, `index.md` -> ``."""
    if src_uri == "index.md":
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[: -len(".md")] + "/"


def dest_path(src_uri: str) -> str:
    """Where the built page lands in the site folder, e.g. `a/b.md` -> `a/b/index.html`."""
    return page_url(src_uri) + "index.html"


@dataclass(frozen=True)
class PageFile:
    src_uri: str
    src_dir: str | None = None  # the docs folder; None for generated pages, as in MkDocs


@dataclass(frozen=True)
class PageContext:
    file: PageFile
    title: str  # HTML, as MkDocs page titles are
    url: str

    @classmethod
    def of(cls, src_uri: str, title: str, src_dir: str | None = None) -> PageContext:
        return cls(PageFile(src_uri, src_dir), title, page_url(src_uri))


def nav_titles(nav: list[Any] | None) -> dict[str, str]:
    """Page source -> the title its navigation entry gives it (`- Title: page.md`); MkDocs prefers that title."""
    found: dict[str, str] = {}
    for item in nav or []:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    found.setdefault(value, title)
                elif isinstance(value, list):
                    for src, inner in nav_titles(value).items():
                        found.setdefault(src, inner)
    return found


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter block with its fences, or "", the Markdown after it)."""
    match = _FRONT_MATTER.match(text)
    return (match.group(0), text[match.end():]) if match else ("", text)


def written_title(src_uri: str, meta: dict[str, Any], markdown: str, nav_title: str | None) -> str:
    """A hand-written page's title as MkDocs 1.6 gives it before rendering (`Page.title`)."""
    if nav_title is not None:
        return nav_title
    if "title" in meta:
        return str(meta["title"])
    for line in markdown.replace("\r\n", "\n").split("\n"):  # mkdocs.utils.get_markdown_title
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            return line.lstrip("# ")
        break
    if src_uri == "index.md":
        return "Home"
    stem = posixpath.splitext(posixpath.basename(src_uri))[0]
    if stem in ("index", "README"):
        stem = posixpath.basename(posixpath.dirname(src_uri)) or stem
    title = stem.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title
