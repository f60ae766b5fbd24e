"""Make Pagefind's bundle the same for the same pages, so builds are deterministic.

Pagefind 1.5 writes its index and fragment files in a stable order, but each filter file lists its values
in hash-map order, which differs per run; the metadata file names the filter files by content hash, and
`pagefind-entry.json` names the metadata file (upstream: Pagefind/pagefind#638, "other files will still
change, such as the filter/metadata indexes"). Here every filter file gets its values sorted, and the files
that name it are renamed after their new content. Pages, words and fragments are untouched.

Pagefind's files are gzip files of `pagefind_dcd` + CBOR; `cbor2` re-encodes them byte for byte (checked:
a file read and written back unchanged is identical), so the browser side reads them as before.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
ENTRY_FILE = "pagefind-entry.json"


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: geen Pagefind-bestand")
    return cbor2.loads(raw[len(SIGNATURE):])


def _encode(value: Any) -> bytes:
    # mtime=0: the gzip header holds no build time.
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=9, mtime=0)


def _digest(data: bytes, length: int) -> str:
    return hashlib.sha256(data).hexdigest()[:length]


def _replace_strings(value: Any, renames: dict[str, str]) -> Any:
    if isinstance(value, str):
        return renames.get(value, value)
    if isinstance(value, list):
        return [_replace_strings(item, renames) for item in value]
    if isinstance(value, dict):
        return {_replace_strings(k, renames): _replace_strings(v, renames) for k, v in value.items()}
    return value


def _sorted_filter(content: Any) -> Any:
    """`[name, [[value, [page, ...]], ...]]` with the values in sorted order."""
    name, values = content
    return [name, sorted(values, key=lambda entry: entry[0])]


def _sorted_filter_refs(meta: list[Any], filter_hashes: set[str]) -> list[Any]:
    """The metadata lists `[filter name, file hash]` pairs in hash-map order too: sort that list by name."""
    def is_refs(item: Any) -> bool:
        return isinstance(item, list) and bool(item) and all(
            isinstance(ref, list) and len(ref) == 2 and ref[1] in filter_hashes for ref in item)
    return [sorted(item) if is_refs(item) else item for item in meta]


def stabilise_bundle(bundle: Path) -> None:
    """Rewrite the filter and metadata files of each language in `bundle` (Pagefind's output folder)."""
    entry_path = bundle / ENTRY_FILE
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        prefix = language["hash"].split("_", 1)[0]  # the language code, as in "nl_c2134aac3a"
        renames: dict[str, str] = {}
        for path in sorted((bundle / "filter").glob(f"{prefix}_*.pf_filter")):
            data = _encode(_sorted_filter(_read(path)))
            new = f"{prefix}_{_digest(data, 7)}"
            renames[path.stem] = new
            path.unlink()
            (path.parent / f"{new}.pf_filter").write_bytes(data)
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _replace_strings(_read(meta_path), renames)
        data = _encode(_sorted_filter_refs(meta, set(renames.values())))
        meta_path.unlink()
        language["hash"] = f"{prefix}_{_digest(data, 10)}"
        (bundle / f"pagefind.{language['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, separators=(",", ":")), encoding="utf-8")
