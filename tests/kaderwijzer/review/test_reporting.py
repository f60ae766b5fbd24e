"""`kaderwijzer validate --format …`: every format names the same located errors, and is valid by its spec."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import run_cli

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
FORMATS = ("text", "github", "gitlab", "sarif", "json")
ANNOTATION = re.compile(r"^::error file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),title=(?P<title>[^:]+)::(?P<msg>.+)$")


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@pytest.fixture
def broken_repo(tmp_path: Path, corpus_dir: Path) -> Path:
    """A git work tree whose data/ has three broken files: syntax, schema + reference in one file, unknown key."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    logeren = corpus_dir / "segments/noord-limburg/wmo-3b-logeren.yml"
    logeren.write_text(logeren.read_text(encoding="utf-8").replace("name: Logeren", "name: [Logeren"), encoding="utf-8")
    crisis = corpus_dir / "segments/midden-holland/crisis.yml"
    text = crisis.read_text(encoding="utf-8")
    text = text.replace("- hulp-bij-het-huishouden", "- hulp-bij-het-huishoudn").replace("direction: afname", "direction: omlaag")
    crisis.write_text(text, encoding="utf-8")
    term = corpus_dir / "glossary/wmo.yml"
    term.write_text(term.read_text(encoding="utf-8").replace("abbreviation:", "afkorting:"), encoding="utf-8")
    return tmp_path


def text_lines(repo: Path) -> list[tuple[str, int, int, str]]:
    result = run_cli("validate", "--data", "data", cwd=repo)
    assert result.returncode == 1
    out = []
    for line in result.stderr.strip().splitlines()[:-1]:
        path, line_no, col, message = line.split(":", 3)
        out.append((path, int(line_no), int(col), message.strip()))
    return out


def located(repo: Path, fmt: str) -> list[tuple[str, int, int, str]]:
    """(path, line, col, message) from one format's output."""
    result = run_cli("validate", "--data", "data", "--format", fmt, cwd=repo)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("er is niets gepubliceerd.")
    if fmt == "text":
        return text_lines(repo)
    if fmt == "github":
        matches = [ANNOTATION.match(line) for line in result.stdout.splitlines()]
        assert all(matches), result.stdout
        return [(m["file"], int(m["line"]), int(m["col"]), m["msg"]) for m in matches if m]
    report = json.loads(result.stdout)
    if fmt == "gitlab":
        for issue in report:
            jsonschema.validate(issue, schema("gitlab-codequality.schema.json"))
            assert issue["check_name"] and issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert len({i["fingerprint"] for i in report}) == len(report)
        return [(i["location"]["path"], i["location"]["lines"]["begin"], i["location"]["positions"]["begin"]["column"],
                 i["description"]) for i in report]
    if fmt == "sarif":
        jsonschema.Draft4Validator(schema("sarif-schema-2.1.0.json")).validate(report)
        results = report["runs"][0]["results"]
        rules = [r["id"] for r in report["runs"][0]["tool"]["driver"]["rules"]]
        assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
        return [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                 r["locations"][0]["physicalLocation"]["region"]["startLine"],
                 r["locations"][0]["physicalLocation"]["region"]["startColumn"], r["message"]["text"]) for r in results]
    assert report["ok"] is False and report["count"] == len(report["errors"])
    return [(e["path"], e["line"], e["column"], e["message"]) for e in report["errors"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_three_broken_files_give_located_errors_in_every_format(broken_repo: Path, fmt: str) -> None:
    found = located(broken_repo, fmt)
    files = {path for path, *_ in found}
    assert files == {"data/segments/noord-limburg/wmo-3b-logeren.yml", "data/segments/midden-holland/crisis.yml",
                     "data/glossary/wmo.yml"}
    assert all(line >= 1 and col >= 1 for _, line, col, _ in found)
    # The same Dutch sentences at the same places as the text a person reads.
    assert sorted(found) == sorted(text_lines(broken_repo))


def test_schema_error_and_dangling_reference_in_one_file_are_both_reported(broken_repo: Path) -> None:
    crisis = [(line, message) for path, line, _, message in text_lines(broken_repo) if path.endswith("crisis.yml")]
    messages = [m for _, m in crisis]
    assert any("ongeldige waarde `omlaag`" in m for m in messages), messages
    assert any("onbekend segment `hulp-bij-het-huishoudn` (bedoelde u `hulp-bij-het-huishouden`?)" in m for m in messages), messages


def test_syntax_error_stops_only_that_file(broken_repo: Path) -> None:
    found = text_lines(broken_repo)
    logeren = [m for path, _, _, m in found if path.endswith("wmo-3b-logeren.yml")]
    assert len(logeren) == 1 and logeren[0].startswith("een lijst tussen `[` en `]` is niet goed afgesloten")
    assert any(path.endswith("wmo.yml") and "onbekend veld `afkorting`" in m for path, _, _, m in found)


def test_paths_are_relative_to_the_repository_root_from_a_subfolder(broken_repo: Path) -> None:
    result = run_cli("validate", "--data", "../../data", "--format", "json", cwd=broken_repo / "data" / "glossary")
    paths = {e["path"] for e in json.loads(result.stdout)["errors"]}
    assert "data/glossary/wmo.yml" in paths


def test_github_annotations_escape_newlines_and_commas(broken_repo: Path) -> None:
    from kaderwijzer.review.reporting import Finding, github_report

    line = github_report([Finding("data/a,b.yml", 3, 4, "regel 1\nregel 2: 100%", "schema", "x")]).strip()
    assert line == "::error file=data/a%2Cb.yml,line=3,col=4,title=Kaderwijzer%3A schema::regel 1%0Aregel 2: 100%25"


@pytest.mark.parametrize("fmt", ["gitlab", "sarif", "json"])
def test_valid_data_gives_an_empty_report(fmt: str) -> None:
    result = run_cli("validate", "--format", fmt)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    if fmt == "sarif":
        jsonschema.Draft4Validator(schema("sarif-schema-2.1.0.json")).validate(report)
        assert report["runs"][0]["results"] == []
    else:
        assert report in ([], {"ok": True, "count": 0, "errors": []})
    assert result.stderr.startswith("Alles in orde:")
