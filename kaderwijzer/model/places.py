"""Where an object is shown on the site: the page source of each kind of object, and its path from the site root.

Part of the model, so that the site, the open-data export, the change feed and the policy diff all
point readers at the same pages without going through MkDocs.
"""

from __future__ import annotations

from kaderwijzer.model.corpus import Corpus

GLOSSARY_PAGE = "begrippen.md"


def segment_uri(region: str, segment: str) -> str:
    return f"{region}/segmenten/{segment}.md"


def document_uri(region: str, document: str) -> str:
    return f"{region}/documenten/{document}/index.md"


def section_uri(region: str, document: str, section: str) -> str:
    return f"{region}/documenten/{document}/{section}.md"


def region_uri(region: str) -> str:
    return f"{region}/index.md"


def procurement_uri(region: str) -> str:
    return f"{region}/inkoop.md"


def print_uri(region: str) -> str:
    return f"{region}/print.md"


def municipality_uri() -> str:
    return "gemeente.md"


SOURCES_INDEX = "bronnen/index.md"


def source_uri(source: str) -> str:
    return f"bronnen/{source}.md"


def page_path(src_uri: str, anchor: str | None = None) -> str:
    """Directory URL of a page source, e.g. `a/b.md` -> `a/b/`, `a/index.md` -> `a/`."""
    if src_uri == "index.md":
        path = ""
    elif src_uri.endswith("/index.md"):
        path = src_uri[: -len("index.md")]
    else:
        path = src_uri[: -len(".md")] + "/"
    return path + (f"#{anchor}" if anchor else "")


def object_page(corpus: Corpus, kind: str, ident: str) -> tuple[str, str | None] | None:
    """(page source, anchor) of an object that exists in the corpus, else None."""
    if kind == "source" and ident in corpus.sources:
        return source_uri(ident), None
    if kind == "region" and ident in corpus.regions:
        return region_uri(ident), None
    if kind == "document" and ident in corpus.documents:
        return document_uri(corpus.documents[ident].region, ident), None
    if kind == "section" and ident in corpus.sections:
        sec = corpus.sections[ident]
        return section_uri(sec.region, sec.document, ident), None
    if kind == "segment" and ident in corpus.segments:
        return segment_uri(corpus.segments[ident].region, ident), None
    if kind == "term" and ident in corpus.terms:
        return GLOSSARY_PAGE, ident
    return None


def object_title(corpus: Corpus, kind: str, ident: str) -> str | None:
    """Human name of an object that exists in the corpus."""
    if kind == "source" and ident in corpus.sources:
        return corpus.sources[ident].title
    if kind == "region" and ident in corpus.regions:
        return corpus.regions[ident].name
    if kind == "document" and ident in corpus.documents:
        return corpus.documents[ident].title
    if kind == "section" and ident in corpus.sections:
        sec = corpus.sections[ident]
        return f"{sec.number} {sec.title}" if sec.number else sec.title
    if kind == "segment" and ident in corpus.segments:
        seg = corpus.segments[ident]
        return f"{seg.code} {seg.name}" if seg.code else seg.name
    if kind == "term" and ident in corpus.terms:
        return corpus.terms[ident].term
    return None
