"""`kaderwijzer validate | schema | new segment` as an editor uses them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_validate_real_data_passes() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Alles in orde:")
    assert "segmenten" in result.stdout


def test_validate_reports_all_errors_and_exits_1(corpus_dir: Path) -> None:
    crisis = corpus_dir / "segments/midden-holland/crisis.yml"
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("ambition:", "ambtion:"), encoding="utf-8")
    logeren = corpus_dir / "segments/noord-limburg/wmo-3b-logeren.yml"
    logeren.write_text(logeren.read_text(encoding="utf-8").replace("name: Logeren", "name: [Logeren"), encoding="utf-8")
    hbh = corpus_dir / "segments/midden-holland/hulp-bij-het-huishouden.yml"
    hbh.write_text(hbh.read_text(encoding="utf-8") + "related: [crisiss]\n", encoding="utf-8")
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4, result.stderr
    assert all(line.split(":")[1].isdigit() and line.split(":")[2].isdigit() for line in lines[:3])
    assert "Traceback" not in result.stderr
    assert lines[-1] == "3 fouten gevonden; er is niets gepubliceerd."


def test_validate_missing_data_dir_is_an_error(tmp_path: Path) -> None:
    result = run_cli("validate", "--data", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert "map met gegevens bestaat niet" in result.stderr


def test_new_segment_scaffold_fails_until_filled(corpus_dir: Path) -> None:
    result = run_cli("new", "segment", "--region", "midden-holland", "--id", "nieuw-segment", "--data", str(corpus_dir))
    assert result.returncode == 0, result.stderr
    path = corpus_dir / "segments/midden-holland/nieuw-segment.yml"
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../schema/segment.schema.json")
    check = run_cli("validate", "--data", str(corpus_dir))
    assert check.returncode == 1
    assert "`name` is nog niet ingevuld" in check.stderr
    assert all(line.startswith(str(path)) for line in check.stderr.splitlines()[:-1])
    again = run_cli("new", "segment", "--region", "midden-holland", "--id", "nieuw-segment", "--data", str(corpus_dir))
    assert again.returncode == 1


def test_schema_command_writes_files(tmp_path: Path) -> None:
    result = run_cli("schema", "--data", str(tmp_path))
    assert result.returncode == 0
    assert (tmp_path / "schema" / "segment.schema.json").is_file()


ENGLISH_ARGPARSE = ("usage:", "options:", "show this help", "positional arguments", "error:",
                    "the following arguments are required", "invalid choice", "unrecognized arguments")


def _all_help_screens() -> dict[str, str]:
    from kaderwijzer.editor.scaffold import SCAFFOLDS

    commands = [[], ["validate"], ["schema"], ["new"], ["export"], *(["new", name] for name in SCAFFOLDS)]
    return {" ".join(c) or "kaderwijzer": run_cli(*c, "-h").stdout for c in commands}


def test_help_is_dutch_and_every_option_is_explained() -> None:
    for command, text in _all_help_screens().items():
        assert text.startswith("gebruik: kaderwijzer"), (command, text)
        assert "toon deze hulp en stop" in text
        assert not any(word in text for word in ENGLISH_ARGPARSE), (command, text)
        # Every option line (`  --name VALUE  help`) carries its own help text.
        for line in text.splitlines():
            if line.lstrip().startswith("--"):
                assert len(line.split("  ")) > 2 or line.strip().count(" ") >= 2, (command, line)


def test_argparse_errors_are_dutch() -> None:
    missing = run_cli("new", "segment")
    assert missing.returncode == 2
    assert "fout: deze opties zijn verplicht: --id, --region" in missing.stderr
    unknown = run_cli("valideer")
    assert "onbekende keuze `valideer` (kies uit `validate`" in unknown.stderr
    assert not any(word in missing.stderr + unknown.stderr for word in ENGLISH_ARGPARSE)


def test_runs_from_a_subfolder_of_the_project() -> None:
    result = run_cli("validate", cwd=ROOT / "data" / "segments")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Alles in orde:")


def test_outside_a_project_it_says_where_to_run(tmp_path: Path) -> None:
    result = run_cli("validate", cwd=tmp_path)
    assert result.returncode == 2
    assert "Geen Kaderwijzer-project gevonden" in result.stderr and "hoofdmap van het project" in result.stderr
    assert "Traceback" not in result.stderr
