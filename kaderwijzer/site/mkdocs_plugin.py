"""MkDocs plugin: validate the data before anything is written, then add the generated pages.

Order matters: list `kaderwijzer` before `macros` in mkdocs.yml, so the corpus
exists when the macros module is set up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import CountHandler

from kaderwijzer.opendata.changes import FEED_NAME, ChangeLog, atom_feed, read_changes
from kaderwijzer.model.corpus import Corpus
from kaderwijzer.site.editlinks import EditLinks, source_file
from kaderwijzer.site.errorpage import write_error_site
from kaderwijzer.model.errors import DataErrors
from kaderwijzer.opendata.export import StagedFiles, render_downloads
from kaderwijzer.reading.gitdates import last_changed
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.site.pages import PageSpec, page_specs, region_nav, source_nav
from kaderwijzer.site.preview import HOME_SRC, Preview, add_to_home, publish_problem, read_preview
from kaderwijzer.site.templatecache import TEMPLATES
from kaderwijzer.site.termlinks import TermLinker

log = logging.getLogger("mkdocs.plugins.kaderwijzer")
GLOSSARY_SRC = "begrippen.md"
FOOTER_CALL = "\n\n{{ page_footer() }}\n"

NAV_MARKER = "@regions"
SOURCES_MARKER = "@sources"
DOWNLOADS_DIR = "downloads"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"


class KaderwijzerConfig(Config):
    data_dir = c.Type(str, default="data")
    # Where "Deze pagina aanpassen" leads (see kaderwijzer/site/editlinks.py); empty: no link.
    repo_url = c.Type(str, default="")
    branch = c.Type(str, default="main")
    forge = c.Type(str, default="")
    # Folder of the sources' local copies, relative to mkdocs.yml; default `../shared/seeds` (see kaderwijzer.model.sources).
    seeds_dir = c.Optional(c.Type(str))


class KaderwijzerPlugin(BasePlugin[KaderwijzerConfig]):
    corpus: Corpus | None = None
    serving = False
    data_errors: DataErrors | None = None  # set while serving invalid data: the site is one error page
    specs: dict[str, PageSpec] = {}
    dates: dict = {}
    linker: TermLinker | None = None
    downloads: StagedFiles | None = None  # written to the site at the end of the build
    changes: ChangeLog = ChangeLog()
    # Set by the macros module (macros/__init__.py): renders one generated page, footer included.
    render_generated: Callable[[PageSpec], str] | None = None
    current_page: Any = None  # the page being rendered, for the macros (set before they run)
    edit_links: EditLinks | None = None
    preview: Preview | None = None

    def data_path(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.data_dir

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        problem = publish_problem(config.site_url)
        if problem:
            raise PluginError(problem)
        self.data_errors = None
        try:
            seeds = Path(config.config_file_path).parent / self.config.seeds_dir if self.config.seeds_dir else None
            self.corpus = load_corpus(self.data_path(config), Path(config.docs_dir), seeds)
        except DataErrors as exc:
            if not self.serving:
                # PluginError stops the build before the site directory is cleaned.
                raise PluginError("De gegevens zijn ongeldig:\n" + exc.report()) from None
            # Under `mkdocs serve` a failed build leaves every browser request waiting; build an error page instead.
            return self._error_mode(config, exc)
        if config.nav:
            config.nav = _expand_marker(config.nav, region_nav(self.corpus))
            config.nav = _expand_marker(config.nav, source_nav(self.corpus), SOURCES_MARKER)
        self.specs = {spec.src_uri: spec for spec in page_specs(self.corpus)}
        root = Path(config.config_file_path).parent
        self.dates = last_changed(root, [self.config.data_dir, Path(config.docs_dir).name])
        self.linker = TermLinker(self.corpus)
        # Once per build: the Downloads page shows the sizes of exactly these bytes.
        self._discard_downloads()
        self.downloads = StagedFiles.stage(render_downloads(self.corpus, self.data_path(config) / "schema", config.site_url))
        self.changes = read_changes(self.data_path(config), self.corpus)
        self.edit_links = EditLinks.configure(self.config.repo_url, self.config.branch, self.config.forge)
        self.preview = read_preview(self.data_path(config))
        config.extra["kaderwijzer_preview"] = self.preview.banner if self.preview else ""
        self._docs_name = Path(config.docs_dir).name
        return config

    def edit_url(self, src_uri: str) -> str | None:
        """The forge's editor for the file this page comes from, or None without a configured repository."""
        if self.edit_links is None or self.corpus is None:
            return None
        path = source_file(src_uri, self.specs.get(src_uri), self.corpus, self.config.data_dir, self._docs_name)
        return self.edit_links.url(path)

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        env.bytecode_cache = TEMPLATES  # serve rebuilds reuse the compiled theme templates
        return env

    def _error_mode(self, config: MkDocsConfig, exc: DataErrors) -> MkDocsConfig:
        self.data_errors = exc
        self._discard_downloads()
        self.corpus, self.specs, self.linker, self.edit_links = None, {}, None, None
        config.nav = []
        config.extra["kaderwijzer_preview"] = ""
        # Strict mode counts warnings with a handler on the `mkdocs` logger and aborts at the end; this build
        # *is* the report of what is wrong, so it must finish (the pages it leaves out would warn).
        for handler in logging.getLogger("mkdocs").handlers:
            if isinstance(handler, CountHandler):
                handler.setLevel(logging.CRITICAL + 1)
        log.warning("De gegevens zijn ongeldig; de browser toont de fouten:\n%s", exc.report())
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.data_errors is not None:
            return Files([f for f in files if not f.is_documentation_page()])
        assert self.corpus is not None
        for spec in self.specs.values():
            files.append(File.generated(config, spec.src_uri, content=spec.markdown()))
        return files

    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        self.current_page = page
        spec = self.specs.get(page.file.src_uri)
        if spec is not None and self.render_generated is not None:
            # A generated stub is one macro call: call it directly, and spare mkdocs-macros compiling
            # every stub as a Jinja template (a large part of the build at thousands of pages).
            page.meta["render_macros"] = False
            return self.render_generated(spec)
        # Hand-written pages: rendered by the macros plugin, which runs after this one.
        return markdown + FOOTER_CALL

    def on_page_content(self, html: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        if self.preview is not None and page.file.src_uri == HOME_SRC:
            html = add_to_home(html, self.preview)
        if self.linker is None or page.file.src_uri == GLOSSARY_SRC:
            return html
        region = page.file.src_uri.split("/", 1)[0]
        depth = page.url.count("/")
        glossary_url = "../" * depth + "begrippen/"
        return self.linker.link(html, glossary_url, region if self.corpus and region in self.corpus.regions else None)

    def on_post_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.data_errors is not None:
            write_error_site(site, self.data_errors.errors)
            return
        if self.downloads is not None:
            self.downloads.publish(site / DOWNLOADS_DIR)
        self._discard_downloads()
        (site / FEED_NAME).write_bytes(atom_feed(self.changes, config.site_url or DEFAULT_SITE_URL, config.site_name))

    def on_build_error(self, error: Exception) -> None:
        self._discard_downloads()

    def _discard_downloads(self) -> None:
        if self.downloads is not None:
            self.downloads.discard()
            self.downloads = None

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.data_path(config)))
        server.watch(str(Path(config.config_file_path).parent / "macros"))
        return server


def _expand_marker(nav: list, regions: list, marker: str = NAV_MARKER) -> list:
    result: list = []
    for item in nav:
        if item == marker:
            result.extend(regions)
        elif isinstance(item, dict):
            result.append({k: _expand_marker(v, regions, marker) if isinstance(v, list) else v for k, v in item.items()})
        else:
            result.append(item)
    return result
