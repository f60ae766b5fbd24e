"""Relative links between pages, so the site works from any base path and offline."""

from __future__ import annotations

import posixpath
from typing import Callable


def relpath(path: str, start: str) -> str:
    """`posixpath.relpath` for the relative, `..`-free paths of a site, without its `os.getcwd()` per call
    (this runs for every link on every page)."""
    target = [part for part in path.split("/") if part and part != "."]
    base = [part for part in start.split("/") if part and part != "."]
    common = 0
    while common < min(len(target), len(base)) and target[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + target[common:]) or "."


def url_of(src_uri: str) -> str:
    """Directory URL of a page source, e.g. `a/b.md` -> `a/b/`, `a/index.md` -> `a/`."""
    if src_uri == "index.md":
        return ""
    if src_uri.endswith("/index.md"):
        return src_uri[: -len("index.md")]
    return src_uri[: -len(".md")] + "/"


class Links:
    def __init__(self, current_page: Callable[[], object]):
        self._page = current_page

    def _src(self) -> str:
        page = self._page()
        return page.file.src_uri if page is not None else "index.md"

    def md(self, target_src: str, anchor: str | None = None) -> str:
        """Relative `.md` path for Markdown links; MkDocs checks it exists."""
        rel = relpath(target_src, posixpath.dirname(self._src()) or ".")
        return rel + (f"#{anchor}" if anchor else "")

    def url(self, target_src: str, anchor: str | None = None) -> str:
        """Relative URL for links inside raw HTML, which MkDocs does not rewrite."""
        here = url_of(self._src())
        target = url_of(target_src)
        rel = relpath(target or ".", here.rstrip("/") or ".")
        rel = "./" if rel == "." else rel + "/"
        return rel + (f"#{anchor}" if anchor else "")

    def asset(self, path: str) -> str:
        """Relative URL to a file that is not a page (downloads, assets)."""
        here = url_of(self._src())
        return relpath(path, here.rstrip("/") or ".")
