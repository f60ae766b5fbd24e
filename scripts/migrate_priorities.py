"""One-off migration: BNO-O-style `priorities` (speerpunten) of sections become policy `items` of kind `speerpunt`.

Each document whose sections had `priorities` declares the kind in `item_kinds` (`speerpunt` / `speerpunten`, category
`prioriteit`): the words the documents use. A list titled "Hoofddoelstellingen" (BNO-O 2.1, "Onze doelstellingen …
Hoofdoelstellingen") becomes items of kind `hoofddoelstelling` (category `doel`), so these goals count as goals. The files are edited as text, so comments, quoting and folding stay as
they were; afterwards every file is read back and each speerpunt's number, title, text and points must be there,
unchanged, as an item. Run from the project root:

    .venv/bin/python scripts/migrate_priorities.py [DATA_DIR ...]   # default: data
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

KIND = "speerpunt"
ITEM_KINDS = f"""item_kinds:
- id: {KIND}
  category: prioriteit
  singular: speerpunt
  plural: speerpunten
"""
GOAL_KIND = "hoofddoelstelling"
GOAL_GROUP = "Hoofddoelstellingen"
GOAL_KINDS = f"""- id: {GOAL_KIND}
  category: doel
  singular: hoofddoelstelling
  plural: hoofddoelstellingen
"""
BLOCK = re.compile(r"^priorities:\s*$")
NUMBER = re.compile(r"^(\s*)- number: (\d+)\s*$")


def migrate_section(text: str) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    inside = False
    for line in lines:
        if BLOCK.match(line):
            inside = True
            out.append("items:\n")
            continue
        if inside and line.strip() and not line.startswith((" ", "-")):
            inside = False  # the next top-level key
        match = NUMBER.match(line) if inside else None
        if match:
            indent, number = match.groups()
            out += [f"{indent}- id: {KIND}-{number}\n", f"{indent}  kind: {KIND}\n", f"{indent}  number: {number}\n"]
        else:
            out.append(line)
    return "".join(out)


def goals_from_group(text: str) -> tuple[str, list[str]]:
    """Move the list titled `Hoofddoelstellingen` to the start of `items`, one goal item per point, texts unchanged."""
    data = yaml.safe_load(text)
    group = next((g for g in data.get("groups", []) if g.get("title") == GOAL_GROUP), None)
    if group is None:
        return text, []
    lines = text.splitlines(keepends=True)
    start = lines.index(f"- title: {GOAL_GROUP}\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    del lines[start:end]
    goals = [{"id": f"{GOAL_KIND}-{n}", "kind": GOAL_KIND, "text": point}  # unnumbered in the source
             for n, point in enumerate(group["items"], start=1)]
    dumped = yaml.safe_dump(goals, allow_unicode=True, sort_keys=False, width=110)
    at = lines.index("items:\n") + 1
    lines[at:at] = [dumped]
    if not [g for g in data["groups"] if g is not group]:
        lines.remove("groups:\n")
    return "".join(lines), group["items"]


def migrate_document(text: str, with_goals: bool) -> str:
    if "\nitem_kinds:" in text:
        return text
    at = text.index("\nsources:")
    return text[: at + 1] + ITEM_KINDS + (GOAL_KINDS if with_goals else "") + text[at + 1:]


def _check(before: dict, after: dict, goals: list[str]) -> None:
    old = before["priorities"]
    new = [i for i in after["items"] if i["kind"] == KIND]
    assert [i["text"] for i in after["items"] if i["kind"] == GOAL_KIND] == goals
    if goals:
        before = {**before, "groups": [g for g in before["groups"] if g.get("title") != GOAL_GROUP]}
        before = {k: v for k, v in before.items() if v != []}
    assert len(old) == len(new), after["id"]
    for p, item in zip(old, new):
        assert item["kind"] == KIND and item["id"] == f"{KIND}-{p['number']}", item
        rest = {k: v for k, v in item.items() if k not in ("id", "kind")}
        assert rest == p, (after["id"], p, item)
    assert {k: v for k, v in before.items() if k != "priorities"} == {k: v for k, v in after.items() if k != "items"}


def migrate(data_dir: Path) -> list[Path]:
    changed: list[Path] = []
    documents: dict[str, bool] = {}  # id -> has goal items
    for path in sorted(data_dir.glob("sections/*/*.yml")):
        text = path.read_text(encoding="utf-8")
        before = yaml.safe_load(text)
        if not isinstance(before, dict) or "priorities" not in before:
            continue
        new, goals = goals_from_group(migrate_section(text))
        _check(before, yaml.safe_load(new), goals)
        path.write_text(new, encoding="utf-8")
        documents[before["document"]] = documents.get(before["document"], False) or bool(goals)
        changed.append(path)
    for ident in sorted(documents):
        path = data_dir / "documents" / f"{ident}.yml"
        text = path.read_text(encoding="utf-8")
        new = migrate_document(text, documents[ident])
        before, after = yaml.safe_load(text), yaml.safe_load(new)
        assert {k: v for k, v in after.items() if k != "item_kinds"} == before, path
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


if __name__ == "__main__":
    for folder in sys.argv[1:] or ["data"]:
        for changed_path in migrate(Path(folder)):
            print(changed_path)
