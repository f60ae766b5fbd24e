"""One-off migration (issue 9): cite source documents by id instead of seed file names.

Rewrites YAML files line by line, so comments, layout and every line number stay as they were:

- `file: <seed>` in a citation becomes `source: <id>` (seed 003 holds two documents: the section text
  says which one is meant);
- a glossary definition's single `source:` mapping becomes a one-item `sources:` list;
- document status `ter-informatie` becomes `informatie`;
- a document `period: 2020–2023` becomes a structured period (kept as text where it is more than years);
- every milestone gets an explicit `order`: its place in the planning file.

Usage: python scripts/migrate_sources.py DIR [DIR ...]   (e.g. data tests/fixtures/invalid)
Running it twice changes nothing the second time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SEED_SOURCES = {
    "000_1b5d83d4f51f8571.txt": "nl-bijlage-2-segmenten-en-doelen",
    "001_114431c70bdb9c48.txt": "nl-memo-fase-3",
    "002_81d1b75c1988cf0a.txt": "mh-kaderdocument-inkoop-2025",
    "004_bdbfd51293e80395.txt": "bno-o-beleidskader-wmo-2020-2023",
}
VENRAY_SEED = "003_a4051f10d6d36160.txt"
# Seed 003: the advisory note runs from the header to "Naslagwerk"; then the council letter with its appendix.
VENRAY_BY_SECTION = (
    ("Adviesnota", "venray-adviesnota-2020-10-26"),
    ("Argumenten", "venray-adviesnota-2020-10-26"),
    ("Raadsinformatiebrief", "venray-raadsinformatiebrief-2020"),
    ("Bijlage 2", "venray-raadsinformatiebrief-2020"),
)
# Citations in test fixtures whose section names no part of seed 003.
VENRAY_DEFAULT = "venray-adviesnota-2020-10-26"

FILE_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- )?file: (?P<seed>\S+)\s*$")
SECTION_LINE = re.compile(r"^ *section: (?P<section>.+?)\s*$")
SOURCE_KEY = re.compile(r"^(?P<indent> *)source:\s*$")
PERIOD_YEARS = re.compile(r"^period: (?P<start>\d{4})[–-](?P<end>\d{4})\s*$")
MILESTONE_ITEM = re.compile(r"^(?P<indent> *)- id: \S+\s*$")
PERIOD_FROM = re.compile(r"^period: (?P<text>vanaf (?P<start>\d{4}).*?)\s*$")


def _venray_source(section: str) -> str:
    clean = section.strip("'\"")
    for prefix, ident in VENRAY_BY_SECTION:
        if clean.startswith(prefix):
            return ident
    return VENRAY_DEFAULT


def _source_for(seed: str, following: list[str]) -> str:
    if seed in SEED_SOURCES:
        return SEED_SOURCES[seed]
    if seed == VENRAY_SEED:
        for line in following[:3]:
            match = SECTION_LINE.match(line)
            if match:
                return _venray_source(match.group("section"))
        return VENRAY_DEFAULT
    # An unknown name stays recognisable, so validation reports it (with a suggestion) instead of hiding it.
    return seed.removesuffix(".txt").replace("_", "-").lower()


def migrate_text(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    in_milestones = "\nmilestones:" in text and "\n    order:" not in text
    milestone = 0
    for i, line in enumerate(lines):
        key = SOURCE_KEY.match(line)
        nxt = FILE_LINE.match(lines[i + 1]) if i + 1 < len(lines) else None
        if key and nxt and not nxt.group("dash") and len(nxt.group("indent")) > len(key.group("indent")):
            out.append(f"{key.group('indent')}sources:")  # the file line below becomes the list item
            continue
        match = FILE_LINE.match(line)
        if match:
            ident = _source_for(match.group("seed"), lines[i + 1:])
            indent, dash = match.group("indent"), match.group("dash")
            prev = SOURCE_KEY.match(lines[i - 1]) if i else None
            if not dash and prev and len(indent) > len(prev.group("indent")):
                # Former `source:` mapping: `- ` at the key's indent keeps the other keys aligned under the item.
                out.append(f"{indent[:-2]}- source: {ident}")
            else:
                out.append(f"{indent}{dash or ''}source: {ident}")
            continue
        item = MILESTONE_ITEM.match(line) if in_milestones else None
        if item:
            milestone += 1
            out += [line, f"{item.group('indent')}  order: {milestone}"]
            continue
        if line.rstrip() == "status: ter-informatie":
            out.append("status: informatie")
            continue
        years = PERIOD_YEARS.match(line)
        if years:
            out += ["period:", f"  start: {years.group('start')}", f"  end: {years.group('end')}"]
            continue
        since = PERIOD_FROM.match(line)
        if since:
            out += ["period:", f"  start: {since.group('start')}", f"  text: {since.group('text')}"]
            continue
        out.append(line)
    return "\n".join(out)


def main(dirs: list[str]) -> int:
    changed = 0
    for folder in dirs:
        for path in sorted(Path(folder).rglob("*.yml")):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue  # hostile-input fixtures: left exactly as they are
            new = migrate_text(text)
            if new != text:
                path.write_text(new, encoding="utf-8")
                changed += 1
                print(f"bijgewerkt: {path}")
    print(f"{changed} bestanden bijgewerkt.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["data"]))
