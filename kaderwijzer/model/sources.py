"""The source registry: where local copies live, how a citation reads, and what cites each source.

A source is a document a region published (`data/sources/<id>.yml`). Records cite it by id; the
optional local copy is a file in the folder of source documents, by default `shared/seeds/` next to
the project folder (`../shared/seeds` from a checkout), or the folder named by `KADERWIJZER_SEEDS_DIR`.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import BaseModel

from kaderwijzer.model import Citation, Source

SEEDS_ENV = "KADERWIJZER_SEEDS_DIR"


def default_seeds_dir(data_dir: Path) -> Path:
    """`<project>/../shared/seeds`, where the project is the folder that holds `data/`."""
    override = os.environ.get(SEEDS_ENV)
    if override:
        return Path(override)
    return Path(data_dir).resolve().parent.parent / "shared" / "seeds"


def local_copy_path(source: Source, seeds_dir: Path) -> Path | None:
    return Path(seeds_dir) / source.local_copy if source.local_copy else None


def source_label(source: Source) -> str:
    """`Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland)`: what visitors see for a source."""
    title = source.short_title or source.title
    return f"{title} ({', '.join(source.publishers)})" if source.publishers else title


def citation_label(source: Source, citation: Citation) -> str:
    """`… (Regio Midden-Holland), 4.2 Crisis, p. 12`."""
    label = f"{source_label(source)}, {citation.section}"
    return f"{label}, p. {citation.page}" if citation.page is not None else label


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


def cited_by(records: Iterable[tuple[str, str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """Source id -> (kind, id) of each record that cites it, in the order given, each once."""
    found: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
    for kind, ident, record in records:
        for citation in citations_in(record):
            found[citation.source][(kind, ident)] = None
    return {source: list(keys) for source, keys in found.items()}
