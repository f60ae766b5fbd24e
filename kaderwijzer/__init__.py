"""Kaderwijzer: regional social-care procurement policy as validated data.

The package follows the data flow, each layer importing only from the layers before it:
`model` (records, corpus, places) <- `reading` (YAML, validation, git) <- the outputs `review`, `opendata`,
`editor` and `site` <- `cli`. The names below are a convenience for callers; they load lazily, so that
importing the model does not load the reading layer.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Corpus": "kaderwijzer.model.corpus",
    "DataError": "kaderwijzer.model.errors",
    "DataErrors": "kaderwijzer.model.errors",
    "load_corpus": "kaderwijzer.reading.loader",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kaderwijzer' has no attribute {name!r}")
