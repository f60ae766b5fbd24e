"""Site search with Pagefind: what each page tells the index, and indexing the built site.

Pagefind indexes the finished HTML after `mkdocs build` (and after every `mkdocs serve` rebuild), so the
search stays one command. Its index is split into fragments; a visitor's browser loads only the fragments a
query needs, never the whole site. Kind, region, document and law come from our data (the page specs and the
corpus) as `data-pagefind-*` attributes on the page body, not from scraped text. Print pages, the 404 page
and redirect stubs carry no `data-pagefind-body`, so Pagefind leaves them out.

The browser side is `overrides/partials/kw-search.html`, `overrides/assets/javascripts/kaderwijzer-search.js` (the
dialog shell, on every page) and `kaderwijzer-search-engine.js` (the search, loaded when the dialog first opens).
The bundle is made deterministic afterwards (kaderwijzer/site/searchstable.py).

`SearchPlugin` is an adapter over `facets_for` and `index_and_describe`; `kaderwijzer render` writes the facets
into each page's front matter and `kaderwijzer postbuild` indexes a site built without our plugins.
"""

from __future__ import annotations

import html
import json
import os
import logging
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import DOMAIN_LABELS, Domain, ItemCategory, Section, Segment
from kaderwijzer.site.pages import PageSpec
from kaderwijzer.site.liveindex import LiveIndex
from kaderwijzer.site.searchinput import SearchInput, search_part
from kaderwijzer.site.searchstable import stabilise_bundle

log = logging.getLogger("mkdocs.plugins.kaderwijzer.site.search")

BUNDLE_DIR = "pagefind"
TERMS_FILE = "kaderwijzer.json"  # abbreviations and filter values for the search dialog, next to Pagefind's bundle
# Content that repeats on every page (how to cite it) would only add noise to every result.
EXCLUDE_SELECTORS = [".kw-cite", ".headerlink"]

# Filter keys as Pagefind stores them; the dialog shows the Dutch labels.
FILTER_LABELS = {"soort": "Soort", "regio": "Regio", "wet": "Wet"}
KIND_BY_MACRO = {
    "region_page": "Regio",
    "procurement_page": "Inkoop",
    "document_page": "Document",
    "section_page": "Hoofdstuk",
    "segment_page": "Segment",
    "source_page": "Bron",
}
KIND_GLOSSARY = "Begrip"
KIND_OVERVIEW = "Overzicht"
KIND_PAGE = "Informatie"
OVERVIEW_PAGES = {"segmenten.md", "indicatoren.md", "vergelijken.md", "onderwerpen.md", "downloads.md",
                  "wijzigingen.md", "tags.md"}
# Sub-results (a heading inside a page) that are a kind of their own.
KIND_BY_ANCHOR = {"besluiten": "Besluit", "planning": "Mijlpaal"}
KINDS = [*KIND_BY_MACRO.values(), KIND_GLOSSARY, "Besluit", KIND_OVERVIEW, KIND_PAGE]


@dataclass(frozen=True)
class Facets:
    """What a search result says about its page, and which filters it falls under."""

    kind: str
    region: str | None = None
    document: str | None = None
    laws: tuple[str, ...] = ()
    item_kinds: tuple[str, ...] = ()  # categories of the policy items on the page ("Doel", "Risico"): extra `soort` values

    def attributes(self) -> Markup:
        """Attributes for the element that wraps the page content (values escaped, commas allowed)."""
        values = {"soort": self.kind, "regio": self.region, "document": self.document}
        present = [key for key, value in values.items() if value]
        meta = ", ".join(f"{key}[data-kw-{key}]" for key in present)
        filters = ", ".join(f"{key}[data-kw-{key}]" for key in present if key in FILTER_LABELS)
        parts = ["data-pagefind-body", f'data-pagefind-meta="{meta}"', f'data-pagefind-filter="{filters}"']
        parts += [f'data-kw-{key}="{html.escape(str(values[key]))}"' for key in present]
        return Markup(" ".join(parts))

    def law_markers(self) -> Markup:
        """One empty marker per law: a page can fall under several, and a filter attribute holds one value.

        Also one per category of policy item on the page, so "Soort: Doel" finds goals outside segments too."""
        return Markup("".join(
            f'<span hidden data-pagefind-filter="wet[data-kw-wet]" data-kw-wet="{html.escape(law)}"></span>'
            for law in self.laws) + "".join(
            f'<span hidden data-pagefind-filter="soort[data-kw-soort]" data-kw-soort="{html.escape(kind)}"></span>'
            for kind in self.item_kinds))


def _item_kinds(corpus: Corpus, region: str | None = None, section: Section | None = None,
                segment: Segment | None = None) -> tuple[str, ...]:
    """Kaderwijzer's category words for the items on a page: the same filter value for every document's own label."""
    placed = corpus.items_in(document=section.document, section=section.id) if section else (
        corpus.items_in(region) if region else [])
    found = {p.category for p in placed}
    if segment is not None and segment.goals:
        found.add(ItemCategory.doel)
    return tuple(c.label for c in ItemCategory if c in found)


def _laws(domains: list[Domain] | set[Domain]) -> tuple[str, ...]:
    return tuple(DOMAIN_LABELS[d] for d in Domain if d in domains)


def _document_laws(corpus: Corpus, document: str) -> tuple[str, ...]:
    return _laws({d for seg in corpus.segments_by_document.get(document, []) for d in seg.domains})


def region_label(corpus: Corpus, region: str) -> str:
    return corpus.regions[region].name


def facets_for(src_uri: str, spec: PageSpec | None, corpus: Corpus) -> Facets | None:
    """None: the page stays out of the index (print pages repeat their whole region)."""
    if spec is None:
        if src_uri == "begrippen.md":
            return Facets(kind=KIND_GLOSSARY)
        return Facets(kind=KIND_OVERVIEW if src_uri in OVERVIEW_PAGES else KIND_PAGE)
    if spec.macro not in KIND_BY_MACRO:
        return None
    kind = KIND_BY_MACRO[spec.macro]
    (object_id,) = spec.args
    if spec.macro in {"region_page", "procurement_page"}:
        region = corpus.regions[object_id]
        laws = _laws({d for seg in corpus.segments_in(region.id) for d in seg.domains})
        kinds = _item_kinds(corpus, region=region.id) if spec.macro == "region_page" else ()
        return Facets(kind=kind, region=region.name, laws=laws, item_kinds=kinds)
    if spec.macro == "source_page":
        source = corpus.sources[object_id]
        regions = sorted({region_label(corpus, d.region) for d in corpus.documents.values()
                          if any(c.source == source.id for c in d.sources)})
        return Facets(kind=kind, region=regions[0] if len(regions) == 1 else None)
    if spec.macro == "document_page":
        doc = corpus.documents[object_id]
        return Facets(kind=kind, region=region_label(corpus, doc.region), document=doc.title,
                      laws=_document_laws(corpus, doc.id))
    record = corpus.sections[object_id] if spec.macro == "section_page" else corpus.segments[object_id]
    doc = corpus.documents[record.document]
    laws = _laws(set(record.domains)) if spec.macro == "segment_page" else _document_laws(corpus, doc.id)
    kinds = (_item_kinds(corpus, section=record) if isinstance(record, Section) else _item_kinds(corpus, segment=record))
    return Facets(kind=kind, region=region_label(corpus, doc.region), document=doc.title, laws=laws, item_kinds=kinds)


def item_kind_values(corpus: Corpus) -> list[str]:
    """Category words of the policy items the data has (goals of segments count as goals)."""
    found = {p.category for p in corpus.items_in()}
    if any(s.goals for s in corpus.segments.values()):
        found.add(ItemCategory.doel)
    return [c.label for c in ItemCategory if c in found]


def abbreviations(corpus: Corpus) -> dict[str, str]:
    """Casefolded abbreviation or search alias -> the term it stands for, for query expansion."""
    result: dict[str, str] = {}
    for term in sorted(corpus.terms.values(), key=lambda t: t.id):
        for short in [term.abbreviation, *term.search_aliases]:
            if short and short.casefold() != term.term.casefold():
                result.setdefault(short.casefold(), term.term)
    return dict(sorted(result.items()))


def dialog_data(corpus: Corpus) -> dict[str, Any]:
    """Everything the search dialog needs besides Pagefind itself; small, and loaded only on first use."""
    regions = sorted((r.name for r in corpus.regions.values()), key=str.casefold)
    return {
        "abbreviations": abbreviations(corpus),
        "filters": [
            {"key": "soort", "label": FILTER_LABELS["soort"], "all": "Alle soorten", "values": [*KINDS, *item_kind_values(corpus)]},
            {"key": "regio", "label": FILTER_LABELS["regio"], "all": "Alle regio's", "values": regions},
            {"key": "wet", "label": FILTER_LABELS["wet"], "all": "Alle wetten", "values": list(DOMAIN_LABELS.values())},
        ],
        "anchorKinds": KIND_BY_ANCHOR,
        "glossaryKind": KIND_GLOSSARY,
    }


def pagefind_executable() -> Path:
    try:
        import pagefind_bin
    except ImportError:  # pragma: no cover - only without the dependency installed
        raise PluginError("Pagefind ontbreekt: installeer de afhankelijkheden opnieuw (pakket `pagefind[bin]`).") from None
    return pagefind_bin.get_executable()


# Pagefind also writes ready-made search interfaces; we use only its API (pagefind.js), on the main thread.
UNUSED_BUNDLE_FILES = ["pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
                       "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"]


def index_site(site_dir: Path, pages_dir: Path | None = None) -> None:
    """Run Pagefind; its bundle lands in `<site>/pagefind/`.

    `pages_dir`: a copy of the pages holding only their search bodies (kaderwijzer/site/searchinput.py), the same
    index for less of Pagefind's time; without it Pagefind reads the built site itself.
    """
    command = [str(pagefind_executable()), "--site", str(pages_dir or site_dir), "--output-path", str(site_dir / BUNDLE_DIR),
               "--silent", "--exclude-selectors", ", ".join(EXCLUDE_SELECTORS)]
    # Pagefind reads files on many short-lived threads. Each reserves a 2 MB stack and may get its own 64 MB
    # malloc arena; smaller stacks and two arenas keep its address space small enough for a build under a
    # memory limit (the hostile-input tests build with 300 MB).
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "RUST_MIN_STACK": str(512 * 1024)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    if result.returncode != 0:
        raise PluginError(f"Het zoekregister (Pagefind) kon niet worden gebouwd:\n{result.stdout}{result.stderr}")
    tidy_bundle(site_dir / BUNDLE_DIR)


def tidy_bundle(bundle: Path) -> None:
    for name in UNUSED_BUNDLE_FILES:
        (bundle / name).unlink(missing_ok=True)
    stabilise_bundle(bundle)


class SearchPlugin(BasePlugin):
    """List after `kaderwijzer` in mkdocs.yml: it reads that plugin's corpus and page specs.

    Under `mkdocs serve` Pagefind runs in the background after each rebuild: the edited page is served as
    soon as MkDocs has written it, and the search catches up a moment later. The next rebuild first waits
    for it, because MkDocs then empties the site folder.
    """

    serving = False
    _indexing: threading.Thread | None = None
    parts: dict[str, str] = {}  # under `serve`: what the last index holds, by page

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def _wait_for_index(self) -> None:
        if self._indexing is not None:
            self._indexing.join()
            self._indexing = None

    def on_shutdown(self) -> None:
        self._wait_for_index()

    def _source(self, config: MkDocsConfig) -> Any:
        source = config.plugins.get("kaderwijzer")
        if source is None:
            raise PluginError("De plugin `kaderwijzer-search` heeft de plugin `kaderwijzer` nodig; zet die eerder in mkdocs.yml.")
        return source

    def on_page_context(self, context: dict[str, Any], page: Any, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
        source = self._source(config)
        # No corpus: `mkdocs serve` shows the data errors instead of the site, and there is nothing to index.
        facets = facets_for(page.file.src_uri, source.specs.get(page.file.src_uri), source.corpus) if source.corpus else None
        context["kw_search_body"] = facets.attributes() if facets else None
        context["kw_search_laws"] = facets.law_markers() if facets else ""
        return context

    def on_pre_build(self, config: MkDocsConfig) -> None:
        self._wait_for_index()
        # Under `serve` Pagefind indexes each page as it is written (kaderwijzer/site/liveindex.py), so the
        # search is complete soon after the last page. A build hands the search copies to Pagefind's command
        # line after the last page: measured at 1,000 segments on two cores, that takes 3-4 s less CPU than
        # the page-by-page service for the same wall time (bench/notes.md).
        self.pages: LiveIndex | SearchInput = LiveIndex(EXCLUDE_SELECTORS) if self.serving else SearchInput()

    @event_priority(-100)  # last: the copy is of the page exactly as written to the site
    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        self.pages.add(page.file.dest_uri, output)
        return output

    def on_build_error(self, error: Exception) -> None:
        if getattr(self, "pages", None) is not None:
            self.pages.discard()

    def on_post_build(self, config: MkDocsConfig) -> None:
        corpus = self._source(config).corpus
        if corpus is None:
            self.pages.discard()
            return
        site, pages = Path(config.site_dir), self.pages
        if not self.serving:
            index_and_describe(site, pages, corpus)
            return

        def in_background() -> None:
            try:
                index_and_describe(site, pages, corpus)
            except PluginError as exc:  # the build has finished: say it, the next save tries again
                log.error(str(exc))

        self.parts = pages.parts if isinstance(pages, LiveIndex) else {}
        self._indexing = threading.Thread(target=in_background, name="kaderwijzer-pagefind")
        self._indexing.start()

    def refresh(self, site: Path, outputs: dict[str, str], corpus: Corpus) -> None:
        """Under `serve`, after pages were made again outside a build: index the site again with their new text
        (Pagefind's command line), then swap the bundle in at once. The other pages' text comes from the last index."""
        self._wait_for_index()
        parts = dict(self.parts)
        for dest_uri, output in outputs.items():
            part = search_part(output)
            if part is None:
                parts.pop(dest_uri, None)
            else:
                parts[dest_uri] = part
        pages, staging = SearchInput(), Path(tempfile.mkdtemp(prefix=".kaderwijzer-search-", dir=site.parent))
        try:
            for dest_uri, part in parts.items():
                pages.add_part(dest_uri, part)
            index_and_describe(staging, pages, corpus)
            replace_folder(staging / BUNDLE_DIR, site / BUNDLE_DIR)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        self.parts = parts


def replace_folder(new: Path, target: Path) -> None:
    """Put `new` where `target` is, with the old folder gone a moment later (both on one file system)."""
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def index_and_describe(site: Path, pages: LiveIndex | SearchInput, corpus: Corpus) -> None:
    """Finish the index of `pages` (then discarded) and write what the search dialog needs."""
    try:
        if isinstance(pages, LiveIndex):
            try:
                pages.write(site / BUNDLE_DIR)
            except Exception as exc:
                raise PluginError(f"Het zoekregister (Pagefind) kon niet worden gebouwd:\n{exc}") from None
            tidy_bundle(site / BUNDLE_DIR)
        else:
            index_site(site, pages.folder)
    finally:
        pages.discard()
    data = json.dumps(dialog_data(corpus), ensure_ascii=False, separators=(",", ":"))
    (site / BUNDLE_DIR / TERMS_FILE).write_text(data, encoding="utf-8")
