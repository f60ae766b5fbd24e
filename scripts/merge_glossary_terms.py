"""One-off migration (issue 9): one glossary term per concept, with a definition per region.

Some concepts were split over two files, one per region (`abonnementstarief` for Midden-Holland and
`abonnementstarief-wmo` for BNO-O). This moves the second file's definitions into the first, keeps
the old id in `former_ids` (its glossary anchor keeps working), and points every `see_also` at the
kept id. Usage: python scripts/merge_glossary_terms.py [data]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

# kept id <- merged id
MERGES = {
    "abonnementstarief": "abonnementstarief-wmo",
    "transformatie": "transformatie-wmo",
    "transitie": "transitie-wmo",
    "doordecentralisatie-beschermd-wonen": "doordecentralisatie-beschermd-wonen-maatschappelijke-opvang",
    "gecertificeerde-instelling": "gi",
}
HEADER = "# yaml-language-server: $schema=../schema/term.schema.json\n"


def _dump(path: Path, record: dict) -> None:
    path.write_text(HEADER + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=116), encoding="utf-8")


def main(data: Path) -> int:
    glossary = data / "glossary"
    renamed = {old: kept for kept, old in MERGES.items()}
    for kept, old in MERGES.items():
        kept_path, old_path = glossary / f"{kept}.yml", glossary / f"{old}.yml"
        if not old_path.exists():
            continue  # already merged
        record = yaml.safe_load(kept_path.read_text(encoding="utf-8"))
        other = yaml.safe_load(old_path.read_text(encoding="utf-8"))
        record["definitions"] += other["definitions"]
        record.setdefault("abbreviation", other.get("abbreviation"))
        if record["abbreviation"] is None:
            del record["abbreviation"]
        see_also = [s for s in [*record.get("see_also", []), *other.get("see_also", [])] if s not in (kept, old)]
        record["see_also"] = list(dict.fromkeys(see_also))
        record["former_ids"] = sorted({*record.get("former_ids", []), old, *other.get("former_ids", [])})
        _dump(kept_path, record)
        old_path.unlink()
        print(f"samengevoegd: {old} -> {kept}")
    for path in sorted(glossary.glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        see_also = record.get("see_also", [])
        fixed = list(dict.fromkeys(renamed.get(s, s) for s in see_also if renamed.get(s, s) != record["id"]))
        if fixed != see_also:
            record["see_also"] = fixed
            _dump(path, record)
            print(f"see_also bijgewerkt: {path.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "data")))
