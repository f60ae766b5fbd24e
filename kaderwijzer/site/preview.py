"""Builds for the forge: a preview of a change (banner, changed pages on the home page) or a publish build.

Set by environment variables, so local `mkdocs serve` needs none of them:

- `KADERWIJZER_PREVIEW`: label of the change, e.g. `#12 (wachttijd)`; marks every page as a preview.
- `KADERWIJZER_PREVIEW_BASE`: revision to compare with (default: where the branch left `main`).
- `KADERWIJZER_PUBLISH`: a build meant for publishing (`scripts/build` sets it); it refuses the local
  default address, because canonical links, the sitemap and the feed would all point there.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kaderwijzer.review.diffreport import changed_pages, compute
from kaderwijzer.reading.revisions import GitError
from kaderwijzer.model.places import page_path

PREVIEW_ENV = "KADERWIJZER_PREVIEW"
PREVIEW_BASE_ENV = "KADERWIJZER_PREVIEW_BASE"
PUBLISH_ENV = "KADERWIJZER_PUBLISH"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}
HOME_SRC = "index.md"
ANCHOR = "kw-voorbeeld"


@dataclass(frozen=True)
class Preview:
    label: str
    pages: list[tuple[str, str, str]] | None  # (label, page source, anchor); None when git could not tell

    @property
    def banner(self) -> str:
        return f"Voorbeeld van wijziging {self.label}, nog niet gepubliceerd."


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "nee", "no")


def publish_problem(site_url: str | None) -> str | None:
    """Why a publish build must stop, in Dutch; None when it may go on (or is no publish build)."""
    if not _flag(PUBLISH_ENV) or os.environ.get(PREVIEW_ENV, "").strip():
        return None
    host = urlsplit(site_url or "").hostname or ""
    if site_url and host and host not in LOCAL_HOSTS:
        return None
    return (f"Deze build is bedoeld om te publiceren, maar het adres van de site is `{site_url or '(leeg)'}`, het "
            "lokale standaardadres. Canonieke links, de sitemap en de Atom-feed zouden dan naar die computer wijzen. "
            "Zet KADERWIJZER_SITE_URL op het echte adres, bijvoorbeeld "
            "`KADERWIJZER_SITE_URL=https://kaderwijzer.example/ bash scripts/build`. Alleen lokaal kijken? "
            "Gebruik dan `bash scripts/serve`.")


def read_preview(data_dir: Path) -> Preview | None:
    label = os.environ.get(PREVIEW_ENV, "").strip()
    if not label:
        return None
    base = os.environ.get(PREVIEW_BASE_ENV, "").strip() or None
    try:
        pages = changed_pages(compute(data_dir, base).records)
    except (GitError, ValueError, OSError):
        pages = None  # the banner still says it is a preview
    return Preview(label, pages)


def home_section(preview: Preview) -> str:
    """HTML for the top of the home page: the pages this change touches, linked from the site root."""
    title = f'<p class="admonition-title" id="{ANCHOR}">Wat deze wijziging verandert</p>'
    if preview.pages is None:
        body = "<p>Welke pagina's veranderen kon bij het bouwen niet worden bepaald (geen git-geschiedenis).</p>"
    elif not preview.pages:
        body = "<p>Deze wijziging verandert geen beleidsgegevens; alleen pagina's met uitleg of de opmaak.</p>"
    else:
        items = "".join(f'<li><a href="{html.escape(page_path(src, anchor or None))}">{html.escape(label)}</a></li>'
                        for label, src, anchor in preview.pages)
        body = f"<p>Deze pagina's tonen gegevens die in de wijziging veranderen:</p><ul>{items}</ul>"
    return f'<div class="admonition info kw-preview-changes">{title}{body}</div>'


def add_to_home(page_html: str, preview: Preview) -> str:
    """After the page's first heading, so the heading order stays intact."""
    end = page_html.find("</h1>")
    cut = end + len("</h1>") if end >= 0 else 0
    return page_html[:cut] + home_section(preview) + page_html[cut:]
