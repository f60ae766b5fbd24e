"""Pagefind's bundle in a stable order: the same pages give the same files, and the index still reads."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import cbor2

from kaderwijzer.site.search import index_site
from kaderwijzer.site.searchstable import SIGNATURE


def _page(folder: Path, name: str, regio: str, soort: str) -> None:
    path = folder / name / "index.html"
    path.parent.mkdir(parents=True)
    path.write_text(
        f'<!doctype html><html lang="nl"><head><title>{name}</title></head><body>'
        f'<main data-pagefind-body data-pagefind-filter="regio:{regio}, soort:{soort}"><h1>{name}</h1>'
        f"<p>Logeren en dagbesteding in {regio}.</p></main></body></html>", encoding="utf-8")


def _tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted((site / "pagefind").rglob("*")) if p.is_file()}


def _read(path: Path) -> object:
    return cbor2.loads(gzip.decompress(path.read_bytes())[len(SIGNATURE):])


def test_two_runs_over_the_same_pages_write_the_same_bundle(tmp_path: Path) -> None:
    trees = []
    for run in range(4):  # Pagefind's own order changes from run to run; four runs make a false pass unlikely
        site = tmp_path / f"site{run}"
        for number in range(12):
            _page(site, f"p{number:02}", regio=f"Regio {number % 5}", soort=("Segment", "Hoofdstuk", "Begrip")[number % 3])
        index_site(site)
        trees.append(_tree(site))
    assert all(tree == trees[0] for tree in trees[1:])


def test_filter_values_are_sorted_and_the_metadata_names_the_rewritten_files(tmp_path: Path) -> None:
    for number in range(9):
        _page(tmp_path, f"p{number}", regio=f"Regio {8 - number}", soort="Segment")
    index_site(tmp_path)
    bundle = tmp_path / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = _read(bundle / f"pagefind.{entry['languages']['nl']['hash']}.pf_meta")
    named = {ref[1] for item in meta if isinstance(item, list) for ref in item
             if isinstance(ref, list) and len(ref) == 2 and isinstance(ref[1], str) and ref[1].startswith("nl_")}
    files = {p.stem for p in (bundle / "filter").glob("*.pf_filter")}
    assert files and files <= named
    for path in (bundle / "filter").glob("*.pf_filter"):
        name, values = _read(path)
        assert [v[0] for v in values] == sorted(v[0] for v in values)
        if name == "regio":
            assert len(values) == 9
    assert not (bundle / "pagefind-worker.js").exists()  # the dialog runs Pagefind on the main thread
