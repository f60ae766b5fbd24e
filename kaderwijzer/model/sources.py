"""The source registry: where local copies live, how a citation reads, and what cites each source.

A source is a document a region published (`data/sources/<id>.yml`). Records cite it by id; the
optional local copy is a plain-text file in the folder of source texts: the folder named by
`KADERWIJZER_SEEDS_DIR`, else `bronteksten/` in the project (a region's own repository keeps its texts
there), else `shared/seeds/` next to the project folder (`../shared/seeds`, where this repository's
texts live).
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from pydantic import BaseModel

from kaderwijzer.model import Citation, Source

SEEDS_ENV = "KADERWIJZER_SEEDS_DIR"
PROJECT_SOURCES_DIR = "bronteksten"


def default_seeds_dir(data_dir: Path) -> Path:
    """`KADERWIJZER_SEEDS_DIR`, else `<project>/bronteksten` if it exists, else `<project>/../shared/seeds`,
    where the project is the folder that holds `data/`."""
    override = os.environ.get(SEEDS_ENV)
    if override:
        return Path(override)
    project = Path(data_dir).resolve().parent
    own = project / PROJECT_SOURCES_DIR
    return own if own.is_dir() else project.parent / "shared" / "seeds"


def local_copy_path(source: Source, seeds_dir: Path) -> Path | None:
    return Path(seeds_dir) / source.local_copy if source.local_copy else None


def source_label(source: Source) -> str:
    """`Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland)`: what visitors see for a source."""
    title = source.short_title or source.title
    if source.version:
        title = f"{title}, {source.version}"  # two editions of one document differ in their page numbers
    return f"{title} ({', '.join(source.publishers)})" if source.publishers else title


def citation_label(source: Source, citation: Citation) -> str:
    """`… (Regio Midden-Holland), 4.2 Crisis, p. 12`."""
    label = f"{source_label(source)}, {citation.section}"
    return f"{label}, p. {citation.page}" if citation.page is not None else label


def first_page(page: int | str | None) -> int | None:
    """The page a reader should open: `12` for `12`, `12–13` or `p. 12 en 14`; None without a number."""
    if isinstance(page, int):
        return page
    found = re.search(r"\d+", page or "")
    return int(found.group()) if found else None


def is_pdf_url(url: str | None) -> bool:
    return bool(url) and urlsplit(url).path.casefold().endswith(".pdf")


def page_url(source: Source, page: int | str | None) -> str | None:
    """`https://…/kader.pdf#page=12`: the cited page in the public PDF, when the source has one."""
    number = first_page(page)
    if number is None or not is_pdf_url(source.url):
        return None
    return f"{urlsplit(source.url)._replace(fragment='').geturl()}#page={number}"


def shareable(source: Source) -> bool:
    return bool(source.redistribute and source.local_copy)


def download_name(source: Source) -> str:
    """File name of a shared copy under downloads/: named after the source, never after the seed file."""
    assert source.local_copy is not None
    return f"bronnen/{source.id}{Path(source.local_copy).suffix}"


def citations_in(record: Any) -> Iterator[Citation]:
    """Every citation anywhere inside a record (sources of goals, definitions, decisions …)."""
    todo = [record]
    while todo:
        node = todo.pop()
        if isinstance(node, Citation):
            yield node
        elif isinstance(node, (list, tuple)):
            todo.extend(reversed(node))
        elif isinstance(node, BaseModel):
            todo.extend(getattr(node, name) for name in reversed(list(type(node).model_fields)))


def corpus_records(corpus: Any) -> Iterator[tuple[str, str, Any]]:
    """(kind, id, record) of every record in a corpus that can cite a source, in a stable order."""
    for kind, store in (("region", corpus.regions), ("document", corpus.documents), ("section", corpus.sections),
                        ("segment", corpus.segments), ("term", corpus.terms)):
        for ident, record in store.items():
            yield kind, ident, record
    for dl in corpus.decision_lists:
        yield "decisions", dl.document, dl
    for ml in corpus.milestone_lists:
        yield "milestones", ml.document, ml


def cited_by(records: Iterable[tuple[str, str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """Source id -> (kind, id) of each record that cites it, in the order given, each once."""
    found: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
    for kind, ident, record in records:
        for citation in citations_in(record):
            found[citation.source][(kind, ident)] = None
    return {source: list(keys) for source, keys in found.items()}
