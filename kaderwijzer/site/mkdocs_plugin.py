"""MkDocs plugin: validate the data before anything is written, then add the generated pages.

Order matters: list `kaderwijzer` before `macros` in mkdocs.yml, so the corpus
exists when the macros module is set up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import CountHandler

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataErrors
from kaderwijzer.site.errorpage import write_error_site
from kaderwijzer.site.incremental import IncrementalServe
from kaderwijzer.site.pages import PageSpec
from kaderwijzer.site.preview import publish_problem
from kaderwijzer.site.sitebuild import SiteBuild
from kaderwijzer.site.templatecache import TEMPLATES

log = logging.getLogger("mkdocs.plugins.kaderwijzer")


def _stop(reason: str) -> None:
    """Stop before the site directory is touched, in Dutch (a PluginError ends in "Aborted with a BuildError!")."""
    log.error(reason)
    raise Abort("Gestopt: er is niets gebouwd en niets veranderd.")


class _DutchRedirectWarning(logging.Filter):
    """mkdocs-redirects says in English that a target page is missing (under `serve` while the data is invalid)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "Redirect target '%s' does not exist!":
            record.msg = "Doorverwijzing naar '%s' overgeslagen: die pagina is er in deze bouw niet."
        return True


FOOTER_CALL = "\n\n{{ page_footer() }}\n"


class KaderwijzerConfig(Config):
    data_dir = c.Type(str, default="data")
    # Where "Deze pagina aanpassen" leads (see kaderwijzer/site/editlinks.py); empty: no link.
    repo_url = c.Type(str, default="")
    branch = c.Type(str, default="main")
    forge = c.Type(str, default="")
    # Folder of the sources' local copies, relative to mkdocs.yml; default `../shared/seeds` (see kaderwijzer.model.sources).
    seeds_dir = c.Optional(c.Type(str))


class KaderwijzerPlugin(BasePlugin[KaderwijzerConfig]):
    """An adapter: the build's data comes from `SiteBuild`, each generated page from the macros module."""

    serving = False
    site: SiteBuild | None = None
    data_errors: DataErrors | None = None  # set while serving invalid data: the site is one error page
    incremental: IncrementalServe | None = None
    configured_nav: list[Any] | None = None
    # Set by the macros module (macros/__init__.py): renders pages for a given page context.
    page_macros: Any = None

    @property
    def corpus(self) -> Corpus | None:
        return self.site.corpus if self.site else None

    @property
    def specs(self) -> dict[str, PageSpec]:
        return self.site.specs if self.site else {}

    def data_path(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.data_dir

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        # Under `serve` a saved data file re-renders the pages that show it first (kaderwijzer/site/incremental.py).
        self.incremental = IncrementalServe(self) if self.serving else None
        redirects = logging.getLogger("mkdocs.plugin.redirects")
        if not any(isinstance(f, _DutchRedirectWarning) for f in redirects.filters):
            redirects.addFilter(_DutchRedirectWarning())

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        problem = publish_problem(config.site_url)
        if problem:
            _stop(problem)
        self.data_errors = None
        self._discard_downloads()
        self.configured_nav = config.nav  # with its markers: a site prepared again expands them anew
        try:
            self.site = self.prepare_site(config, config.nav)
        except DataErrors as exc:
            if not self.serving:
                _stop("De gegevens zijn ongeldig:\n" + exc.report())
            # Under `mkdocs serve` a failed build leaves every browser request waiting; build an error page instead.
            config = self._error_mode(config, exc)
            if self.incremental is not None:
                self.incremental.attach(config)
            return config
        if self.incremental is not None:
            self.incremental.attach(config)
        if config.nav:
            config.nav = self.site.nav
        config.extra["kaderwijzer_preview"] = self.site.preview_banner
        return config

    def prepare_site(self, config: MkDocsConfig, nav: list[Any] | None, corpus: Corpus | None = None) -> SiteBuild:
        """The build's data and what follows from it; `nav`: the configured navigation, before the regions are added."""
        root = Path(config.config_file_path).parent
        return SiteBuild.prepare(
            root, self.config.data_dir, Path(config.docs_dir), site_url=config.site_url, site_name=config.site_name,
            nav=nav, seeds_dir=root / self.config.seeds_dir if self.config.seeds_dir else None,
            repo_url=self.config.repo_url, branch=self.config.branch, forge=self.config.forge, corpus=corpus)

    def edit_url(self, src_uri: str) -> str | None:
        return self.site.edit_url(src_uri) if self.site else None

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        env.bytecode_cache = TEMPLATES  # serve rebuilds reuse the compiled theme templates
        return env

    def _error_mode(self, config: MkDocsConfig, exc: DataErrors) -> MkDocsConfig:
        self.data_errors = exc
        self.site = None
        config.nav = []
        config.extra["kaderwijzer_preview"] = ""
        # Strict mode counts warnings with a handler on the `mkdocs` logger and aborts at the end; this build
        # *is* the report of what is wrong, so it must finish (the pages it leaves out would warn).
        # ProperDocs counts on its own logger, the parent of `mkdocs` there.
        for handler in [*logging.getLogger("mkdocs").handlers, *logging.getLogger("properdocs").handlers]:
            if isinstance(handler, CountHandler):
                handler.setLevel(logging.CRITICAL + 1)
        log.warning("De gegevens zijn ongeldig; de browser toont de fouten:\n%s", exc.report())
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.site is None:
            return Files([f for f in files if not f.is_documentation_page()])
        for spec in self.site.specs.values():
            files.append(File.generated(config, spec.src_uri, content=spec.markdown()))
        return files

    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        spec = self.specs.get(page.file.src_uri)
        if spec is not None and self.page_macros is not None:
            # A generated stub is one macro call: call it directly, and spare mkdocs-macros compiling
            # every stub as a Jinja template (a large part of the build at thousands of pages).
            page.meta["render_macros"] = False
            return self.page_macros.generated(spec, self.site.page(spec.src_uri))
        if self.page_macros is not None:
            self.page_macros.page = page  # hand-written: mkdocs-macros renders it, for this page
        return markdown + FOOTER_CALL

    def on_page_content(self, html: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        return self.site.page_content(html, page.file.src_uri) if self.site else html

    def on_post_build(self, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.data_errors is not None:
            write_error_site(site, self.data_errors.errors)
            return
        if self.site is not None:
            self.site.publish(site)

    def on_build_error(self, error: Exception) -> None:
        self._discard_downloads()

    def _discard_downloads(self) -> None:
        if self.site is not None:
            self.site.discard()

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.data_path(config)))
        server.watch(str(Path(config.config_file_path).parent / "macros"))
        return server
