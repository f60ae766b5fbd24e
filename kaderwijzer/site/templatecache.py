"""Compiled theme templates kept in memory, so `mkdocs serve` does not recompile Material on every rebuild.

MkDocs creates a fresh Jinja environment per build; a bytecode cache outlives it. Entries are keyed by
template name and checked against a checksum of the source, so an edited template is compiled again.
"""

from __future__ import annotations

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self._store: dict[str, tuple[str, bytes]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        entry = self._store.get(bucket.key)
        if entry is not None and entry[0] == bucket.checksum:
            bucket.bytecode_from_string(entry[1])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = (bucket.checksum, bucket.bytecode_to_string())


TEMPLATES = MemoryBytecodeCache()
