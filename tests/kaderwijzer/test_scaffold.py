"""`kaderwijzer new segment`: every placeholder fails validation; filled in, the file is valid."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import SEED_MH, run_cli

FILLED = {
    "document: TODO": "document: mh-kader",
    "domains: [TODO]": "domains: [wmo]",
    "service_type: TODO": "service_type: begeleiding",
    "direction: TODO": "direction: afname",
    "theme: TODO": "theme: aantallen",
    "file: TODO.txt": f"file: {SEED_MH}",
}


def new_segment(data: Path) -> Path:
    result = run_cli("new", "segment", "--region", "midden-holland", "--id", "kortdurend-verblijf", "--data", str(data))
    assert result.returncode == 0, result.stderr
    return data / "segments/midden-holland/kortdurend-verblijf.yml"


def test_every_placeholder_is_reported_until_filled(corpus_dir: Path) -> None:
    path = new_segment(corpus_dir)
    text = path.read_text(encoding="utf-8")
    todo_lines = {n for n, line in enumerate(text.splitlines(), start=1) if "TODO" in line and not line.startswith("#")}
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 1
    reported = {int(m.group(1)) for m in re.finditer(rf"{re.escape(str(path))}:(\d+):\d+:", result.stderr)}
    assert reported == todo_lines
    # Choice fields tell the editor what is allowed.
    assert "`domains` is nog niet ingevuld: vervang `TODO` door `wmo`, `jeugd`" in result.stderr
    assert "`direction` is nog niet ingevuld: vervang `TODO` door `toename`, `afname` of `stabilisatie`" in result.stderr
    # `document: TODO` names the documents of the region.
    assert "`document` is nog niet ingevuld: kies het document van de regio: `mh-kader`" in result.stderr


def test_filled_in_scaffold_is_valid(corpus_dir: Path) -> None:
    path = new_segment(corpus_dir)
    text = path.read_text(encoding="utf-8")
    for placeholder, value in FILLED.items():
        text = text.replace(placeholder, value)
    text = re.sub(r'"TODO: ([^"]*)"', r'"Ingevuld: \1"', text)
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 0, result.stderr


def test_unknown_region_or_bad_id_creates_nothing(corpus_dir: Path) -> None:
    before = sorted(corpus_dir.rglob("*"))
    wrong_region = run_cli("new", "segment", "--region", "midden-holand", "--id", "x", "--data", str(corpus_dir))
    assert wrong_region.returncode == 1 and "onbekende regio" in wrong_region.stderr
    bad_id = run_cli("new", "segment", "--region", "midden-holland", "--id", "Kort Verblijf", "--data", str(corpus_dir))
    assert bad_id.returncode == 1 and "kleine letters" in bad_id.stderr
    assert sorted(corpus_dir.rglob("*")) == before
