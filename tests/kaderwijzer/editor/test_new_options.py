"""`kaderwijzer new` honours every option, suggests ids that fit, and speaks to the editor as "u"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kaderwijzer.editor.scaffold import SCAFFOLDS
from tests.conftest import SOURCE_MH, SOURCE_NL, run_cli


def test_a_term_for_one_region_says_so_in_its_definition(corpus_dir: Path) -> None:
    result = run_cli("new", "term", "--id", "logeren", "--region", "noord-limburg", "--data", str(corpus_dir))
    assert result.returncode == 0, result.stderr
    assert "\n    region: noord-limburg\n" in (corpus_dir / "glossary" / "logeren.yml").read_text(encoding="utf-8")


def test_a_region_that_does_not_exist_is_refused_for_every_kind(corpus_dir: Path) -> None:
    for command in ("term", "segment", "document"):
        result = run_cli("new", command, "--id", "iets-nieuws", "--region", "noord-limburgg", "--data", str(corpus_dir))
        assert result.returncode == 1, command
        assert "--region `noord-limburgg`: onbekende regio (bedoelde u `noord-limburg`?)" in result.stderr
    assert not list(corpus_dir.rglob("iets-nieuws.yml"))


@pytest.mark.parametrize("command", list(SCAFFOLDS))
def test_the_id_example_fits_the_kind(command: str, corpus_dir: Path) -> None:
    help_text = " ".join(run_cli("new", command, "-h").stdout.split())
    example = re.search(r"bv\. `([a-z0-9-]+)`", help_text.split("--id ID", 1)[1]).group(1)
    assert example == SCAFFOLDS[command].example_id
    # Every kind its own example; a source and the document it describes may share one.
    assert len({s.example_id for s in SCAFFOLDS.values()}) >= len(SCAFFOLDS) - 1


def test_a_todo_that_needs_a_source_lists_the_sources(corpus_dir: Path) -> None:
    run_cli("new", "term", "--id", "nieuw-begrip", "--data", str(corpus_dir))
    result = run_cli("validate", "--data", str(corpus_dir))
    line = next(line for line in result.stderr.splitlines() if "nieuw-begrip.yml" in line and "`source`" in line)
    assert f"kies de id van het brondocument: `{SOURCE_MH}` of `{SOURCE_NL}`" in line


def test_the_command_line_says_u_never_je(corpus_dir: Path) -> None:
    outputs = [run_cli("-h").stdout, run_cli("validate", "--data", str(corpus_dir / "bestaat-niet")).stderr]
    outputs += [run_cli(*command.split(), "-h").stdout for command in
                ["validate", "schema", "export", "diff", "dekking", "import", *(f"new {c}" for c in SCAFFOLDS)]]
    path = corpus_dir / "segments" / "midden-holland" / "crisis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("ambition:", "ambtion:"), encoding="utf-8")
    outputs.append(run_cli("validate", "--data", str(corpus_dir)).stderr)
    assert "bedoelde u `ambition`" in outputs[-1]
    for text in outputs:
        assert not re.search(r"\b(je|jij|jouw|jou)\b", text, re.I), text
