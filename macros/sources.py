"""Macros for source documents: how a citation reads, the list of sources, and one page per source."""

from __future__ import annotations

import functools
from typing import Any

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.model import Citation, Source
from kaderwijzer.model.places import source_uri
from kaderwijzer.model.sources import cited_by, citations_in, corpus_records, page_url, download_name, shareable, source_label
from kaderwijzer.model.places import object_page, object_title

from .links import Links
from .timeline import date_label

DOWNLOADS_DIR = "downloads"
KIND_LABELS = {
    "kaderdocument": "Kaderdocument",
    "beleidskader": "Beleidskader",
    "uitvoeringskader": "Uitvoeringskader",
    "inkoopstrategie": "Inkoopstrategie",
    "beleidsplan": "Beleidsplan",
    "verordening": "Verordening",
    "marktconsultatie": "Marktconsultatie",
    "nota-van-inlichtingen": "Nota van inlichtingen",
    "memo": "Memo",
    "bijlage": "Bijlage",
    "adviesnota": "Adviesnota",
    "raadsinformatiebrief": "Raadsinformatiebrief",
    "webpagina": "Webpagina",
}
# Groups on a source page, in reading order: what on the site is drawn from the source.
USED_BY = (
    ("region", "Regio's"),
    ("document", "Documenten"),
    ("section", "Hoofdstukken"),
    ("segment", "Segmenten"),
    ("decisions", "Besluiten en voorstellen"),
    ("milestones", "Planning"),
    ("term", "Begrippen"),
)


def cite(corpus: Corpus, links: Links, citations: list[Citation]) -> list[dict[str, Any]]:
    """Citations as visitors read them: source title and publisher, section, page; linked to the source page."""
    rows = []
    for c in citations:
        source = corpus.sources[c.source]
        rows.append({"label": source_label(source), "href": links.md(source_uri(source.id)),
                     "href_html": links.url(source_uri(source.id)), "url": source.url,
                     "section": c.section, "page": c.page, "page_url": page_url(source, c.page), "note": c.note})
    return rows


class SourceMacros:
    def __init__(self, corpus: Corpus, links: Links, env: Any) -> None:
        self.corpus = corpus
        self.links = links
        self.env = env

    @functools.cached_property
    def _cited_by(self) -> dict[str, list[tuple[str, str]]]:
        return cited_by(corpus_records(self.corpus))

    def _facts(self, source: Source) -> dict[str, Any]:
        return {"id": source.id, "title": source.title, "kind": KIND_LABELS[source.kind.value],
                "version": source.version, "publishers": source.publishers, "date": date_label(source.date) if source.date is not None else None,
                "date_text": source.date_text, "description": source.description, "url": source.url,
                "href": self.links.md(source_uri(source.id))}

    @functools.cached_property
    def _pages(self) -> dict[tuple[str, str, str], list[int | str]]:
        """(source, kind, id) -> the pages that record cites in the source, each once, in order."""
        found: dict[tuple[str, str, str], dict[int | str, None]] = {}
        for kind, ident, record in corpus_records(self.corpus):
            for citation in citations_in(record):
                if citation.page is not None:
                    found.setdefault((citation.source, kind, ident), {})[citation.page] = None
        return {key: list(pages) for key, pages in found.items()}

    def _page_links(self, source: Source, kind: str, ident: str) -> list[dict[str, Any]]:
        return [{"page": page, "href": page_url(source, page)} for page in self._pages.get((source.id, kind, ident), [])]

    def _used(self, source_id: str) -> list[dict[str, Any]]:
        groups = []
        source = self.corpus.sources[source_id]
        found = self._cited_by.get(source_id, [])
        for kind, label in USED_BY:
            items = []
            for found_kind, ident in found:
                if found_kind != kind:
                    continue
                if kind in ("decisions", "milestones"):
                    doc = self.corpus.documents[ident]
                    page, anchor = object_page(self.corpus, "document", ident)
                    title = f"{'Besluiten' if kind == 'decisions' else 'Planning'} in {doc.title}"
                else:
                    page, anchor = object_page(self.corpus, kind, ident)
                    title = object_title(self.corpus, kind, ident)
                items.append({"title": title, "href": self.links.md(page, anchor),
                              "pages": self._page_links(source, found_kind, ident)})
            if items:
                groups.append({"label": label, "entries": items})
        return groups

    def source_page(self, source_id: str) -> str:
        source = self.corpus.sources[source_id]
        siblings = [self._facts(other) for other in self.corpus.sources.values()
                    if other.id != source.id and source.local_copy and other.local_copy == source.local_copy]
        download = None
        if shareable(source):
            download = {"href": self.links.asset(f"{DOWNLOADS_DIR}/{download_name(source)}"),
                        "name": download_name(source).rsplit("/", 1)[-1], "licence": source.licence}
        return self.env.get_template("source.md.j2").render(
            source=self._facts(source), copy_part=source.copy_part, has_copy=bool(source.local_copy),
            download=download, availability=source.availability, siblings=siblings, used=self._used(source_id),
            not_summarised=[{"section": o.section, "reason": o.reason} for o in source.not_summarised])

    def source_index(self) -> str:
        rows = [{**self._facts(s), "uses": len(self._cited_by.get(s.id, []))}
                for s in sorted(self.corpus.sources.values(), key=lambda s: s.title.casefold())]
        return self.env.get_template("source_index.md.j2").render(sources=rows)


def register(env: Any, corpus: Corpus, links: Links, jinja: Any) -> dict[str, Any]:
    """Register the macros; return them by name, for the plugin's generated pages."""
    macros = SourceMacros(corpus, links, jinja)
    found = {name: getattr(macros, name) for name in ("source_page", "source_index")}
    for name, macro in found.items():
        env.macro(macro, name)
    return found
