"""`mkdocs serve` after a saved data file: the pages that show the changed records first, the rest behind.

MkDocs 1.x rebuilds the whole site on every save. Here, when only data changed and the last build was
complete, a save is handled in two steps:

1. At once: load and validate the data, compare it with what is shown (kaderwijzer/site/dependencies.py),
   and render only the pages that read a changed record during the last full build (its own page, the
   lists, overviews and comparisons that name it), with MkDocs' own page steps and every plugin but the
   search copy. They are written into the folder the browser is served from; the browser reloads.
2. In the background: the other pages that read a changed record. Then, when the rest of the site can
   differ at most in the titles its navigation shows (kaderwijzer/site/changedpages.py: the same pages in
   the same places, tags, names the term links keep, dates and preview), the pages whose search filters,
   download sizes or change log changed, every page laid out again if a title changed, the downloads and a
   new search index: the site is complete without a full build. Otherwise a full MkDocs build into MkDocs' own folder,
   navigation and search (Pagefind) included, while the browser keeps being served a snapshot of the last
   site plus the new pages (kaderwijzer/site/servedsite.py); then the server switches back to MkDocs'
   folder. Either way the browser reloads and a log line says the site is complete again. A newer save
   cancels it.

Anything else goes the usual way, a full build before the browser reloads: invalid data (the Dutch
error page), a change the read map cannot judge (records added, removed or moved, links, glossary), a
change outside `data/`, or a first build that failed.

The kaderwijzer plugin adds this plugin to each build's plugins under `mkdocs serve` (`attach`).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from pathlib import Path
from typing import Any, Callable

from mkdocs.commands.build import _build_theme_template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import _timestamp
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files, InclusionLevel

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model.errors import DataErrors
from kaderwijzer.reading.loader import load_corpus
from kaderwijzer.site.changedpages import Frame, changed_filters, frame_change, own_pages, retitle, retitled_pages
from kaderwijzer.site.dependencies import CHANGES, DOWNLOADS, Changes, ReadLog, track, track_site, unwrapped
from kaderwijzer.site.pages import page_specs
from kaderwijzer.site.remake import SEARCH_PLUGIN, LastBuild, make_page, render_page
from kaderwijzer.site.servedsite import remove, replace_file, snapshot, watched_files
from kaderwijzer.site.sitebuild import SiteBuild
from kaderwijzer.site.taglistings import listing_pages

log = logging.getLogger("mkdocs.plugins.kaderwijzer.incremental")

NAME = "kaderwijzer-incremental"
BACKGROUND = "kaderwijzer-complete"  # the thread that completes the site after a fast update
DATA_POLL_SECONDS = 0.2  # MkDocs polls every 0.5 s; the data folder is small enough to look more often


class BuildCancelled(Exception):
    """A newer save arrived: the background build stops at the next page."""


class IncrementalServe(BasePlugin):
    def __init__(self, source: Any) -> None:
        self.source = source  # the kaderwijzer plugin: its SiteBuild and how it loads the data
        self.last: LastBuild | None = None
        self.shown: Corpus | None = None  # the data the served pages show
        self.server: Any = None
        self.site_dir: Path | None = None
        self._snapshot: Path | None = None  # served instead of site_dir while MkDocs rebuilds it
        self._original: Callable[..., None] | None = None
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._building: dict[str, Any] = {}
        self._reads: ReadLog | None = None
        self._pending: set[str] = set()  # pages that read a changed record, not yet rendered again
        self._outputs: dict[str, str] = {}  # page address -> its HTML, for each page made since the last complete site
        self._retitled = False  # the navigation got titles the last complete site did not show
        self._changes = Changes()
        self._incomplete: dict[str, Any] | None = None  # the specs of a fast update whose full build has not finished
        self._others_at_build: tuple = ()  # watched files outside data/ as the last full build saw them
        # MkDocs reports the page it was at when a build stops; a cancelled background build is no error.
        logging.getLogger("mkdocs.commands.build").addFilter(self._quiet_when_cancelled)

    # --- each build: note what pages read, keep what the build made -------------------------------------

    def attach(self, config: MkDocsConfig) -> None:
        """Called from the kaderwijzer plugin's `on_config` with the build's SiteBuild in place (or none)."""
        config.plugins[NAME] = self
        self._building = {"config": config}
        self._reads = None
        if self.source.site is not None:
            self._reads = ReadLog(lambda: getattr(config._current_page, "file", None) and config._current_page.file.src_uri)
            track_site(self.source.site, self._reads)
            downloads = self.source.site.downloads
            self._building["download_sizes"] = dict(downloads.sizes) if downloads is not None else {}

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self._building["files"] = files
        return files

    def on_nav(self, nav: Any, config: MkDocsConfig, files: Files) -> Any:
        self._building["nav"] = nav
        return nav

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        self._building["env"] = env
        if self._reads is not None:
            self._reads.content_finished()  # MkDocs has made every page's content; next come the templates
        return env

    def _quiet_when_cancelled(self, record: logging.LogRecord) -> bool:
        return not (self._cancel.is_set() and record.threadName == BACKGROUND)

    def _check_cancel(self) -> None:
        if self._cancel.is_set() and threading.current_thread() is self._thread:
            raise BuildCancelled()

    def on_pre_page(self, page: Any, config: MkDocsConfig, files: Files) -> Any:
        self._check_cancel()
        return page

    def on_page_context(self, context: dict, page: Any, config: MkDocsConfig, nav: Any) -> dict:
        self._check_cancel()
        return context

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._check_cancel()
        building, reads, site = self._building, self._reads, self.source.site
        if site is None or reads is None or building.get("config") is not config:
            self.last, self.shown = None, None  # the error page: the next save builds everything
            return
        self.last = LastBuild(config, building["files"], building["nav"], building["env"], site, reads,
                              building["download_sizes"])
        self.shown = site.corpus
        self._pending = set()
        self._outputs, self._retitled = {}, False
        self._incomplete = None
        self._changes.remember(site.corpus)
        self._others_at_build = self._others()

    # --- serving ---------------------------------------------------------------------------------------

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        self.server, self.site_dir = server, Path(server.root)
        self._original = server.builder
        server.builder = self._build
        data = str(self.source.data_path(config).resolve())
        watch = getattr(server, "_watch_refs", {}).get(data)
        emitter = getattr(server.observer, "_emitter_for_watch", {}).get(watch)
        if emitter is not None and hasattr(emitter, "_timeout"):
            emitter._timeout = DATA_POLL_SECONDS
        self._others_at_build = self._others()
        return server

    def on_shutdown(self) -> None:
        self._stop_background()
        remove(self._snapshot)

    def _build(self, config: MkDocsConfig | None = None) -> None:
        """MkDocs' builder, as the server calls it after a change."""
        self._stop_background()
        if config is None:
            try:
                if self._update():
                    return
            except Exception as exc:  # a fast path that fails must not leave the site stuck: build it all
                log.warning("Snel bijwerken lukte niet (%s); de hele site wordt opnieuw gebouwd.", exc)
        self._serve_from(self.site_dir)
        assert self._original is not None
        self._original(config)
        started = time.perf_counter()
        threading.Thread(target=self._say_complete, args=(started,), name="kaderwijzer-search-wait", daemon=True).start()

    def _say_complete(self, started: float) -> None:
        """After a full build the search index is still being written in the background: say when it is done."""
        self._wait_for_search(cancellable=False)
        if self.last is None:
            return  # the error page: nothing more follows
        log.info("De site is weer volledig bijgewerkt, navigatie en zoeken inbegrepen (%.1f s op de achtergrond).",
                 time.perf_counter() - started)

    def _others(self) -> tuple:
        """Every watched file outside the data folder, with its size and time: did a page, template or config change?"""
        if self.server is None or self.last is None:
            return ()
        return watched_files(getattr(self.server, "_watched_paths", {}), str(self.source.data_path(self.last.config).resolve()))

    def _update(self) -> bool:
        """Step 1: the changed records' own pages. False: build everything instead."""
        last, shown = self.last, self.shown
        if last is None or shown is None:
            return False
        started = time.perf_counter()
        config = last.config
        root = Path(config.config_file_path).parent
        seeds = self.source.config.seeds_dir
        try:
            corpus = load_corpus(root / self.source.config.data_dir, Path(config.docs_dir), root / seeds if seeds else None)
        except DataErrors:
            return False  # the full build shows the error page
        changed = self._changes.compare(shown, corpus)
        if changed == set():
            if self._others() != self._others_at_build:
                return False  # the data is as shown: the change is elsewhere (pages, templates, config)
            # Nothing new (one save can be seen twice): finish what the last save started, if anything.
            if self._incomplete is not None:
                self._start_completion(self._incomplete)
            return True
        specs = {spec.src_uri: spec for spec in page_specs(corpus)}
        if changed is None or [(s.src_uri, s.macro, s.args) for s in specs.values()] != [
                (s.src_uri, s.macro, s.args) for s in last.site.specs.values()]:
            log.info("Deze wijziging raakt de opbouw van de site; alles wordt opnieuw gebouwd.")
            return False
        pages = last.reads.pages_for(changed)
        if any(last.files.get_file_from_path(uri) is None for uri in pages):
            return False
        track(corpus, last.reads)  # the pages made again note what they read now
        site = dataclasses.replace(last.site, corpus=corpus, specs=specs)
        site.reuse_linker(last.site)
        self.source.site = site
        # Generated pages render through the plugin's page macros; the same class over the new data.
        self.source.page_macros = type(self.source.page_macros)(site, config.site_url)
        own = own_pages(changed, specs)
        self._pending |= pages  # pages a cancelled step 2 did not reach are still to do
        self._write(sorted(own & pages), last, specs)
        self.shown = corpus
        log.info("Bijgewerkt in %.2f s: %s; de andere pagina's volgen op de achtergrond.",
                 time.perf_counter() - started, ", ".join(sorted(own & pages)) or "geen pagina")
        self._start_completion(specs)
        return True

    def _start_completion(self, specs: dict[str, Any]) -> None:
        self._incomplete = specs
        self._thread = threading.Thread(target=self._complete, args=(specs,), name=BACKGROUND, daemon=True)
        self._thread.start()

    def _write(self, pages: list[str], last: LastBuild, specs: dict[str, Any]) -> None:
        """Render pages of the last full build again, from the current data, into the served folder."""
        doc_files = last.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        served = Path(self.server.root)
        listings = listing_pages(last.config)
        for uri in pages:
            self._check_cancel()
            file = last.files.get_file_from_path(uri)
            if uri in specs:
                file.content_string = specs[uri].markdown()
            output = make_page(file.page, last, doc_files, relist=uri in listings)
            replace_file(served / file.dest_uri, output.encode("utf-8", errors="xmlcharrefreplace"))
            self._outputs[file.dest_uri] = output
            self._pending.discard(uri)

    # --- step 2: the whole site in the background --------------------------------------------------------

    def _complete(self, specs: dict[str, Any]) -> None:
        """Step 2: the other pages that read a changed record, then the full build into MkDocs' folder."""
        started = time.perf_counter()
        site: SiteBuild | None = None
        try:
            try:
                site = self._prepare()
                self._dependents(specs, started)
                if self._finish_in_place(site, started):
                    return
            except BuildCancelled:
                raise
            except Exception as exc:  # the full build below renders these pages too
                log.warning("De pagina's die de gegevens tonen konden niet apart worden bijgewerkt: %s", exc)
            if self._snapshot is None:  # MkDocs empties its folder first: serve a copy meanwhile
                self._serve_from(snapshot(self.site_dir))
            self._check_cancel()
            assert self._original is not None
            self._original()
            self._wait_for_search()
        except BuildCancelled:
            return
        except Exception as exc:  # reported like MkDocs reports a failed rebuild; the served pages stay
            log.error("De site kon niet volledig worden herbouwd: %s", exc)
            return
        finally:
            if site is not None:
                site.discard()  # its staged downloads, when they were not published
        if self._cancel.is_set():
            return
        self._serve_from(self.site_dir)
        self._incomplete = None
        self._reload_browsers()
        log.info("De site is weer volledig bijgewerkt, navigatie en zoeken inbegrepen (%.1f s op de achtergrond).",
                 time.perf_counter() - started)

    def _prepare(self) -> SiteBuild:
        """Everything the shown data gives a build (navigation, dates, downloads, change log), as a full build
        would prepare it, for the pages made from here on."""
        last, fast = self.last, self.source.site
        assert last is not None and self.shown is not None
        site = self.source.prepare_site(last.config, self.source.configured_nav, corpus=self.shown)
        track_site(site, last.reads)
        site.reuse_linker(fast)
        self.source.site = site
        macros = last.config.plugins.get("macros")
        if macros is not None:
            macros.on_config(last.config)  # define_env: every page renders from this site from here on
        return site

    def _finish_in_place(self, site: SiteBuild, started: float) -> bool:
        """The site complete without a full build, when the pages not made again can differ only in their
        navigation's titles (then every page is laid out again around the content it has)."""
        last = self.last
        assert last is not None and self.site_dir is not None
        if self._pending or self._snapshot is not None:
            return False  # a page left to do, or MkDocs' folder half rebuilt by a cancelled full build
        frame = frame_change(last.site, site)
        if frame is Frame.SAME and self._retitled:
            frame = Frame.TITLES  # a cancelled step laid pages out with titles the site no longer has
        if frame is Frame.OTHER or (frame is Frame.TITLES and not retitle(last.nav, site.nav)):
            return False
        self._retitled = self._retitled or frame is Frame.TITLES
        sizes = dict(site.downloads.sizes) if site.downloads is not None else {}
        pages = last.reads.pages_for({(DOWNLOADS, "*")}) if sizes != last.download_sizes else set()
        if unwrapped(site.changes) != unwrapped(last.site.changes):
            pages |= last.reads.pages_for({(CHANGES, "*")})
        pages |= changed_filters(last.site, site) | retitled_pages(last.site, site)
        if frame is Frame.TITLES:
            pages |= listing_pages(last.config)  # they list tagged pages by title
        self._write(sorted(pages), last, site.specs)
        if frame is Frame.TITLES:
            self._lay_out_again(last)
        self._check_cancel()
        site.publish(self.site_dir)
        search = last.config.plugins.get(SEARCH_PLUGIN)
        if search is not None:
            search.refresh(self.site_dir, self._outputs, site.corpus)
        last.site, last.download_sizes = site, sizes
        self._outputs, self._incomplete, self._retitled = {}, None, False
        self._reload_browsers()
        log.info("De site is weer volledig bijgewerkt, navigatie en zoeken inbegrepen (%.1f s op de achtergrond; "
                 "alleen de pagina's met gewijzigde gegevens opnieuw gemaakt%s).", time.perf_counter() - started,
                 ", de andere opnieuw opgemaakt" if frame is Frame.TITLES else "")
        return True

    def _lay_out_again(self, last: LastBuild) -> None:
        """Every page and the theme's own pages (404) again, around the content each already has. Their search
        text is that content, so the index keeps it (kept out of `_outputs`: at 5,000 segments, 300 MB of pages)."""
        doc_files = last.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        served = Path(self.server.root)
        for file in doc_files:
            self._check_cancel()
            output = render_page(file.page, last, doc_files)
            replace_file(served / file.dest_uri, output.encode("utf-8", errors="xmlcharrefreplace"))
        for template in last.config.theme.static_templates:
            _build_theme_template(template, last.env, last.files, last.config, last.nav)

    def _dependents(self, specs: dict[str, Any], started: float) -> None:
        last = self.last
        if not self._pending or last is None:
            return
        count = len(self._pending)
        self._write(sorted(self._pending), last, specs)
        self._reload_browsers()
        log.info("Ook bijgewerkt (%.2f s): %d pagina's die de gewijzigde gegevens tonen.", time.perf_counter() - started, count)

    def _wait_for_search(self, cancellable: bool = True) -> None:
        search = self.last.config.plugins.get(SEARCH_PLUGIN) if self.last else None
        indexing = getattr(search, "_indexing", None)
        while indexing is not None and indexing.is_alive():
            if cancellable and self._cancel.is_set():
                raise BuildCancelled()
            indexing.join(0.05)

    def _stop_background(self) -> None:
        if self._thread is not None:
            self._cancel.set()
            self._thread.join()
            self._thread = None
            self._cancel.clear()

    def _serve_from(self, folder: Path | None) -> None:
        if self.server is None or folder is None:
            return
        self.server.root = str(folder)
        if folder == self.site_dir:
            remove(self._snapshot)
            self._snapshot = None
        else:
            self._snapshot = folder

    def _reload_browsers(self) -> None:
        """Tell waiting browsers there is a new version, unless MkDocs is building one right now."""
        condition = self.server._epoch_cond
        with condition:
            if self.server._visible_epoch == self.server._wanted_epoch:
                self.server._wanted_epoch = self.server._visible_epoch = _timestamp()
                condition.notify_all()
