"""Synthetic data/ trees shaped like the real content, for the benchmark.

Sizes follow the real data (see bench/results.md): about 13 segments and 7
sections per document, 3 documents per region, ~1,100 characters of text per
segment spread over goals, indicators, particulars and development potential,
1-2 related-segment links per segment and a glossary of definitions.
Text is drawn word by word from the real data's own vocabulary, with the real frequencies (about 3,400
words; "van" and "het" common, "logeren" rare), so a search index over a synthetic corpus has the spread
of a real one: a rare word is on few pages. Deterministic: the same `n_segments` and the same real data
always give the same files.
"""

from __future__ import annotations

import collections
import functools
import itertools
import random
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

SEGMENTS_PER_DOCUMENT = 13
DOCUMENTS_PER_REGION = 3
SECTIONS_PER_DOCUMENT = 7
TERMS = 150
SEEDS = ["000_1b5d83d4f51f8571.txt", "001_114431c70bdb9c48.txt", "002_81d1b75c1988cf0a.txt",
         "003_a4051f10d6d36160.txt", "004_bdbfd51293e80395.txt"]
DOMAINS = ["wmo", "jeugd", "participatie", "beschermd-wonen-mo"]
SERVICE_TYPES = ["hulp-bij-het-huishouden", "respijtzorg", "begeleiding", "dagbesteding", "wonen", "crisis",
                 "behandeling", "specialistische-jeugdhulp", "werk-en-participatie"]
THEMES = ["wachttijd", "duur", "instroom-uitstroom", "aantallen", "terugval", "tevredenheid", "kwaliteit"]
REAL_DATA = Path(__file__).resolve().parent.parent / "data"
# Short words the name generator uses (region names).
WORDS = ("inwoner gemeente regio aanbieder zorg ondersteuning hulp jeugdige gezin wijkteam toegang inkoop "
         "kwaliteit resultaat doel begeleiding wonen werk samenwerking netwerk preventie passend snel "
         "dichtbij zelfstandig afspraak contract tarief budget monitor evaluatie").split()
TERM_CALL = re.compile(r"""term\(\s*["']([^"']+)["']""")


# Keys whose values are ids, codes or references, not prose.
_NOT_PROSE = {"id", "source", "section", "region", "document", "related", "see_also", "former_ids", "page", "url",
              "local_copy", "domains", "domain", "direction", "theme", "kind", "status", "service_types"}


@functools.cache
def vocabulary() -> tuple[list[str], list[int]]:
    """Words of the real data's prose with cumulative counts, for `random.choices`."""
    counts: collections.Counter[str] = collections.Counter()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            counts.update(w.lower() for w in re.findall(r"[a-zà-ÿ]{3,}", value, re.IGNORECASE))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in _NOT_PROSE:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(REAL_DATA.rglob("*.yml")):
        if "schema" not in path.relative_to(REAL_DATA).parts:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    words = sorted(counts)
    return words, list(itertools.accumulate(counts[w] for w in words))


def sentence(rng: random.Random, words: int) -> str:
    vocab, cumulative = vocabulary()
    text = " ".join(rng.choices(vocab, cum_weights=cumulative, k=words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, chars: int) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < chars:
        parts.append(sentence(rng, rng.randint(8, 16)))
    return " ".join(parts)


def _source(rng: random.Random, seed: str) -> list[dict[str, str]]:
    return [{"source": f"bron-{SEEDS.index(seed)}", "section": f"Hoofdstuk {rng.randint(1, 9)}.{rng.randint(1, 9)}"}]


def _write(path: Path, kind: str, nested: bool, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = "../../" if nested else "../"
    head = f"# yaml-language-server: $schema={prefix}schema/{kind}.schema.json\n"
    path.write_text(head + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")


def _segment(rng: random.Random, region: str, document: str, ident: str, order: int, peers: list[str], seed: str) -> dict:
    domains = rng.sample(DOMAINS, rng.choice([1, 1, 2]))
    record: dict[str, Any] = {
        "id": ident, "region": region, "document": document, "code": f"{order}{rng.choice('ab')}",
        "name": sentence(rng, 4)[:-1], "order": order, "domains": domains,
        "service_type": rng.choice(SERVICE_TYPES),
        "service_description": paragraph(rng, 180),
        "target_group": paragraph(rng, 150),
        "services": [sentence(rng, 3)[:-1] for _ in range(rng.randint(0, 4))],
        "ambition": paragraph(rng, 120),
        "goals": [{"id": f"doel-{i}", "text": paragraph(rng, 140)} for i in range(1, rng.randint(2, 4))],
        "indicators": [{"id": f"indicator-{i}", "name": sentence(rng, 6)[:-1], "direction": rng.choice(["toename", "afname"]),
                        "theme": rng.choice(THEMES)} for i in range(1, rng.randint(1, 3))],
        "development_potential": [{"title": "Ontwikkelpotentieel", "items": [paragraph(rng, 90) for _ in range(3)]}],
        "particulars": [paragraph(rng, 110) for _ in range(2)],
        "related": rng.sample(peers, min(len(peers), rng.randint(1, 2))),
        "procurement": paragraph(rng, 80),
        "sources": _source(rng, seed),
    }
    return record


def generate(data_dir: Path, n_segments: int, schema_src: Path | None = None, content_dir: Path | None = None, *,
             segments_per_document: int = SEGMENTS_PER_DOCUMENT, documents_per_region: int = DOCUMENTS_PER_REGION,
             sections_per_document: int = SECTIONS_PER_DOCUMENT) -> dict[str, int]:
    """Write a valid data/ tree with `n_segments` segments; return the record counts.

    The defaults give the real data's shape; the tests use one small document per region to get many
    regions quickly.
    """
    rng = random.Random(n_segments)
    if data_dir.exists():
        shutil.rmtree(data_dir)
    if schema_src is not None and schema_src.is_dir():
        shutil.copytree(schema_src, data_dir / "schema")
    n_docs = max(1, -(-n_segments // segments_per_document))
    n_regions = max(1, -(-n_docs // documents_per_region))
    counts = {"regions": n_regions, "documents": n_docs, "sections": 0, "segments": 0, "terms": 0}
    seg_left = n_segments
    for i, _ in enumerate(SEEDS):  # one source document per seed, known by its (made-up) public address only
        _write(data_dir / "sources" / f"bron-{i}.yml", "source", False, {
            "id": f"bron-{i}", "title": f"Brondocument {i}", "publishers": [f"Regio {i:03d}"], "kind": "kaderdocument",
            "url": f"https://www.example.org/bron-{i}.pdf",
            "availability": "Het origineel staat op de website van de regio."})
    for r in range(n_regions):
        region = f"regio-{r:03d}"
        seed = SEEDS[r % len(SEEDS)]
        _write(data_dir / "regions" / f"{region}.yml", "region", False, {
            "id": region, "name": f"Regio {r:03d} {rng.choice(WORDS).title()}", "short_name": f"R{r:03d}",
            "municipalities": [f"Gemeente {r}-{i}" for i in range(rng.randint(3, 9))],
            "summary": paragraph(rng, 600), "ambition": paragraph(rng, 250),
            "principles": [{"title": "Uitgangspunten", "items": [paragraph(rng, 100) for _ in range(4)]}],
            "sources": _source(rng, seed)})
        for d in range(documents_per_region):
            if seg_left <= 0 and d > 0:
                break
            document = f"{region}-kader-{d}"
            _write(data_dir / "documents" / f"{document}.yml", "document", False, {
                "id": document, "region": region, "title": f"Kader {d + 1} van regio {r:03d}", "kind": "kaderdocument",
                "status": "vastgesteld", "summary": paragraph(rng, 700), "order": d,
                "sources": _source(rng, seed)})
            for s in range(sections_per_document):
                section = f"{document}-h{s + 1}"
                _write(data_dir / "sections" / region / f"{section}.yml", "section", True, {
                    "id": section, "region": region, "document": document, "number": str(s + 1),
                    "title": sentence(rng, 3)[:-1], "order": s, "summary": paragraph(rng, 900),
                    "groups": [{"title": "Aandachtspunten", "items": [paragraph(rng, 120) for _ in range(4)]}],
                    "sources": _source(rng, seed)})
                counts["sections"] += 1
            take = min(segments_per_document, seg_left)
            ids = [f"{document}-s{i + 1:02d}" for i in range(take)]
            for i, ident in enumerate(ids):
                peers = [p for p in ids if p != ident]
                _write(data_dir / "segments" / region / f"{ident}.yml", "segment", True,
                       _segment(rng, region, document, ident, i + 1, peers, seed))
            counts["segments"] += take
            seg_left -= take
    wanted_terms = _term_calls(content_dir) if content_dir else set()
    term_ids = sorted(wanted_terms | {f"begrip-{i:03d}" for i in range(TERMS - len(wanted_terms))})
    for ident in term_ids:
        _write(data_dir / "glossary" / f"{ident}.yml", "term", False, {
            "id": ident, "term": ident.replace("-", " ").capitalize(),
            "definitions": [{"text": paragraph(rng, 170), "sources": _source(rng, SEEDS[0])}],
            "see_also": [rng.choice(term_ids)] if rng.random() < 0.3 else []})
    counts["terms"] = len(term_ids)
    _dedupe_see_also(data_dir)
    return counts


def _term_calls(content_dir: Path) -> set[str]:
    """Glossary ids that hand-written pages use, so the corpus keeps them valid."""
    return {m.group(1) for page in content_dir.rglob("*.md") for m in TERM_CALL.finditer(page.read_text(encoding="utf-8"))}


def _dedupe_see_also(data_dir: Path) -> None:
    # A term pointing at itself is harmless for the loader but not realistic; drop it.
    for path in (data_dir / "glossary").glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        if f"- {path.stem}\n" in text.split("see_also:", 1)[-1]:
            path.write_text(text.split("see_also:", 1)[0] + "see_also: []\n", encoding="utf-8")
