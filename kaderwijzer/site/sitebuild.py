"""What one build of the site knows from the data, gathered once, with no builder involved.

The corpus, the generated pages (specs) and the navigation with them, git dates, the glossary linker,
the staged downloads, the change log, edit links and a preview. The MkDocs plugin
(kaderwijzer/site/mkdocs_plugin.py) and `kaderwijzer render` / `postbuild` (kaderwijzer/site/render.py,
postbuild.py) all start from a `SiteBuild`, so a page comes out the same whichever runs it.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.opendata.changes import FEED_NAME, ChangeLog, atom_feed, read_changes
from kaderwijzer.opendata.export import StagedFiles, render_downloads
from kaderwijzer.reading.gitdates import last_changed
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.site.editlinks import EditLinks, source_file
from kaderwijzer.site.pagecontext import PageContext, nav_titles, page_url
from kaderwijzer.site.pages import PageSpec, page_specs, region_nav, source_nav
from kaderwijzer.site.preview import HOME_SRC, Preview, add_to_home, read_preview
from kaderwijzer.site.termlinks import TermLinker

NAV_MARKER = "@regions"
SOURCES_MARKER = "@sources"
DOWNLOADS_DIR = "downloads"
GLOSSARY_SRC = "begrippen.md"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


@dataclass
class SiteBuild:
    corpus: Corpus
    specs: dict[str, PageSpec]
    nav: list[Any] | None  # the configured navigation with the region and source entries filled in
    data_dir: str  # as configured, relative to the project root (paths in footers and edit links)
    docs_name: str  # name of the folder of hand-written pages
    site_url: str | None
    site_name: str
    dates: dict[str, dt.date] = field(default_factory=dict)
    downloads: StagedFiles | None = None
    changes: ChangeLog = field(default_factory=ChangeLog)
    edit_links: EditLinks | None = None
    preview: Preview | None = None

    @classmethod
    def prepare(cls, root: Path, data_dir: str, docs_dir: Path, *, site_url: str | None, site_name: str = "Kaderwijzer",
                nav: list[Any] | None = None, seeds_dir: Path | None = None, repo_url: str = "", branch: str = "main",
                forge: str = "", corpus: Corpus | None = None) -> SiteBuild:
        """Load and validate the data (raises DataErrors) and compute everything a build needs from it.

        `corpus`: the data, loaded and validated already from the same folders (`mkdocs serve` after a save)."""
        data_path = root / data_dir
        if corpus is None:
            corpus = load_corpus(data_path, docs_dir, seeds_dir)
        if nav:
            nav = expand_marker(nav, region_nav(corpus))
            nav = expand_marker(nav, source_nav(corpus), SOURCES_MARKER)
        build = cls(corpus, {spec.src_uri: spec for spec in page_specs(corpus)}, nav, data_dir, docs_dir.name,
                    site_url, site_name)
        build.dates = last_changed(root, [data_dir, docs_dir.name])
        # Once per build: the Downloads page shows the sizes of exactly these bytes.
        build.downloads = StagedFiles.stage(render_downloads(corpus, data_path / "schema", site_url))
        build.changes = read_changes(data_path, corpus)
        build.edit_links = EditLinks.configure(repo_url, branch, forge)
        build.preview = read_preview(data_path)
        return build

    @property
    def preview_banner(self) -> str:
        return self.preview.banner if self.preview else ""

    def edit_url(self, src_uri: str) -> str | None:
        """The forge's editor for the file this page comes from, or None without a configured repository."""
        if self.edit_links is None:
            return None
        return self.edit_links.url(source_file(src_uri, self.specs.get(src_uri), self.corpus, self.data_dir, self.docs_name))

    def page(self, src_uri: str) -> PageContext:
        """The context a generated page renders in: its navigation title, as MkDocs gives it, else its own."""
        return PageContext.of(src_uri, self._nav_titles.get(src_uri) or html.escape(self.specs[src_uri].title))

    @property
    def _nav_titles(self) -> dict[str, str]:
        if not hasattr(self, "_titles"):
            self._titles = nav_titles(self.nav)
        return self._titles

    def nav_title(self, src_uri: str) -> str | None:
        return self._nav_titles.get(src_uri)

    def linker(self) -> TermLinker:
        if not hasattr(self, "_linker"):
            self._linker = TermLinker(self.corpus)
        return self._linker

    def reuse_linker(self, other: SiteBuild) -> None:
        """Start from `other`'s term linker when the glossary's labels are the same: compiling its pattern is the
        costly part. Compared on the labels alone, not on every definition: this runs before the edited page shows."""
        if hasattr(other, "_linker") and other._linker.fits(self.corpus):
            self._linker = other._linker.over(self.corpus)

    def page_content(self, content: str, src_uri: str) -> str:
        """A page's HTML from its Markdown, finished: the preview list on the home page, terms linked to the glossary."""
        if self.preview is not None and src_uri == HOME_SRC:
            content = add_to_home(content, self.preview)
        if src_uri == GLOSSARY_SRC:
            return content
        region = src_uri.split("/", 1)[0]
        glossary_url = "../" * page_url(src_uri).count("/") + "begrippen/"
        return self.linker().link(content, glossary_url, region if region in self.corpus.regions else None)

    def publish(self, site_dir: Path) -> None:
        """Write the downloads and the change feed into the built site."""
        if self.downloads is not None:
            self.downloads.publish(site_dir / DOWNLOADS_DIR)
        self.discard()
        (site_dir / FEED_NAME).write_bytes(atom_feed(self.changes, self.site_url or DEFAULT_SITE_URL, self.site_name))

    def discard(self) -> None:
        if self.downloads is not None:
            self.downloads.discard()
            self.downloads = None


def expand_marker(nav: list, entries: list, marker: str = NAV_MARKER) -> list:
    """`nav` with each `marker` item replaced by `entries`, at any depth."""
    result: list = []
    for item in nav:
        if item == marker:
            result.extend(entries)
        elif isinstance(item, dict):
            result.append({k: expand_marker(v, entries, marker) if isinstance(v, list) else v for k, v in item.items()})
        else:
            result.append(item)
    return result
