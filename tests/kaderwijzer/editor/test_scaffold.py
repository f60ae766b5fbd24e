"""`kaderwijzer new <soort>`: every placeholder fails validation naming its field; filled in, the file is valid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.editor.scaffold import SCAFFOLDS
from tests.conftest import SOURCE_MH, run_cli

# What an editor types over each placeholder, per kind of value.
FILLED = {
    "document: TODO": "document: mh-kader",
    "domains: [TODO]": "domains: [wmo]",
    "service_type: TODO": "service_type: begeleiding",
    "direction: TODO": "direction: afname",
    "theme: TODO": "theme: aantallen",
    "kind: TODO": "kind: memo",
    "status: TODO": "status: concept",
    "start: TODO": "start: 2025-01-01",
    "  - id: TODO": "  - id: eerste-punt",
    "  - TODO": "  - Gouda",
    "source: TODO": f"source: {SOURCE_MH}",
    'url: "TODO: openbaar adres van het origineel (https://…), of haal deze regel weg"': "url: https://www.example.org/kader.pdf",
}
ARGS = {"region": ["--id", "nieuwe-regio"], "term": ["--id", "nieuw-begrip"], "source": ["--id", "nieuwe-bron"]}
REGION_ARGS = ["--id", "nieuw-bestand", "--region", "midden-holland"]


def new_file(data: Path, command: str, *extra: str) -> Path:
    result = run_cli("new", command, *ARGS.get(command, REGION_ARGS), *extra, "--data", str(data))
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.split("\n", 1)[0].removeprefix("aangemaakt: "))


@pytest.mark.parametrize("command", list(SCAFFOLDS))
def test_every_placeholder_is_reported_by_name_until_filled(corpus_dir: Path, command: str) -> None:
    path = new_file(corpus_dir, command)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    lines = text.splitlines()
    todo_lines = {}
    for number, line in enumerate(lines, start=1):
        if "TODO" in line and not line.startswith("#"):
            # A `>-` block's TODO sits on the next line; the error points at the value, which starts at `>-`.
            if lines[number - 2].endswith(">-"):
                number, line = number - 1, lines[number - 2]
            todo_lines[number] = line
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 1
    reported = {int(m.group(1)): m.group(2) for m in re.finditer(rf"{re.escape(str(path))}:(\d+):\d+: (.*)", result.stderr)}
    assert set(reported) == set(todo_lines), result.stderr
    for number, message in reported.items():
        key = todo_lines[number].strip().lstrip('- "').split(":")[0]
        if key and not key.startswith("TODO"):
            assert f"`{key}` is nog niet ingevuld" in message, message
    # The filled-in file is valid.
    for placeholder, value in FILLED.items():
        text = text.replace(placeholder, value)
    text = re.sub(r"TODO[^\n\"]*", "Ingevuld in eigen woorden.", text)
    if command == "region":  # the cited framework speaks of five municipalities; one is named
        text = text.replace("summary:", "municipality_count: 5\nsummary:")
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 0, result.stderr


def test_choice_and_document_placeholders_say_what_is_allowed(corpus_dir: Path) -> None:
    new_file(corpus_dir, "segment")
    result = run_cli("validate", "--data", str(corpus_dir))
    assert "`domains` is nog niet ingevuld: vervang `TODO` door `wmo`, `jeugd`, `participatie` of" in result.stderr
    assert "`direction` is nog niet ingevuld: vervang `TODO` door `toename`, `afname` of `stabilisatie`" in result.stderr
    assert "`document` is nog niet ingevuld: kies het document van de regio: `mh-kader`" in result.stderr


def test_document_option_fills_it_in_and_is_checked(corpus_dir: Path) -> None:
    path = new_file(corpus_dir, "section", "--document", "mh-kader")
    assert "\ndocument: mh-kader\n" in path.read_text(encoding="utf-8")
    wrong = run_cli("new", "segment", "--id", "x", "--region", "midden-holland", "--document", "mh-kadr",
                    "--data", str(corpus_dir))
    assert wrong.returncode == 1 and "bedoelde u `mh-kader`?" in wrong.stderr


@pytest.mark.parametrize("command", list(SCAFFOLDS))
def test_existing_file_is_never_overwritten(corpus_dir: Path, command: str) -> None:
    path = new_file(corpus_dir, command)
    path.write_text("eigen werk\n", encoding="utf-8")
    again = run_cli("new", command, *ARGS.get(command, REGION_ARGS), "--data", str(corpus_dir))
    assert again.returncode == 1 and "bestaat al" in again.stderr
    assert path.read_text(encoding="utf-8") == "eigen werk\n"


def test_unknown_region_or_bad_id_creates_nothing(corpus_dir: Path) -> None:
    before = sorted(corpus_dir.rglob("*"))
    wrong_region = run_cli("new", "segment", "--region", "midden-holand", "--id", "x", "--data", str(corpus_dir))
    assert wrong_region.returncode == 1
    assert "onbekende regio (bedoelde u `midden-holland`?)" in wrong_region.stderr
    bad_id = run_cli("new", "segment", "--region", "midden-holland", "--id", "Kort Verblijf", "--data", str(corpus_dir))
    assert bad_id.returncode == 1 and "kleine letters" in bad_id.stderr
    assert sorted(corpus_dir.rglob("*")) == before
