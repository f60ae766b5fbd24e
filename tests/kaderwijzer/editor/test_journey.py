"""The new-region journey of /bijdragen/, followed step by step as the page writes it.

The steps and their commands are read from `content/bijdragen.md`; the test runs each command as written (in a
copy of the project, with a PDF it makes itself), fills in what the step asks for, and checks after every step
that `validate` has nothing left to say about the files of the steps done so far. So the page's order passes.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from tests.conftest import ROOT, SEEDS_DIR, mkdocs_build, schema_line
from tests.kaderwijzer.editor.pdfmaker import make_pdf

PAGE = ROOT / "content" / "bijdragen.md"
REGION, SOURCE, DOCUMENT = "proefregio", "kader-proefregio-2026", "proefregio-kader-2026"
SEGMENT, TERM = "proef-toegang", "wachttijd"
# The steps an editor goes through, in an order where each step only needs what the steps before it made.
JOURNEY = ["Importeren", "Het brondocument", "De regio", "Het document", "De hoofdstukken", "De beleidsitems",
           "De segmenten", "De begrippen", "Controleren", "Dekking", "Voorbeeld bekijken"]
SUMMARIES = {
    "1": "Waarom dit kader er is en sinds wanneer de gemeenten samen inkopen.",
    "2": "De uitgangspunten waarmee de regio hulp inkoopt.",
    "2-1": "Wat de regio van aanbieders vraagt om goede hulp te bieden.",
    "2-2": "Wie beslist over de toegang tot hulp.",
    "2-2-1": "Hoe lang iemand op hulp mag wachten.",
    "3": "Hoe de regio de kosten in de hand houdt.",
    "3-1": "Hoe vaak de prijzen voor hulp worden bekeken.",
    "3-2": "Hoe vaak aanbieders laten zien wat zij deden.",
}


def journey_steps() -> list[tuple[str, list[str]]]:
    """(title, commands) of each numbered step under "Een nieuwe regio publiceren, stap voor stap"."""
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("## Een nieuwe regio publiceren, stap voor stap", 1)[1].split("\n## ", 1)[0]
    parts = re.split(r"^\d+\. \*\*(.+?)\*\*", section, flags=re.M)[1:]
    steps = []
    for title, body in zip(parts[::2], parts[1::2]):
        commands = re.findall(r"^\s+(\.venv/bin/kaderwijzer .+|bash scripts/\S+)$", body, re.M)
        steps.append((title.rstrip("."), commands))
    return steps


def test_the_page_walks_a_new_region_through_every_step_in_an_order_that_passes() -> None:
    steps = journey_steps()
    assert [title for title, _ in steps] == JOURNEY
    commands = " ".join(c for _, cs in steps for c in cs)
    for needed in ("new region", "import", "new document", "new segment", "new term", "validate", "dekking",
                   "scripts/serve"):
        assert needed in commands, needed


# ---- filling in what each step asks for, as an editor would -------------------------------------------

def _edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    kind = path.parent.name if path.parent.name != REGION else path.parent.parent.name
    kinds = {"sources": "source", "regions": "region", "documents": "document", "sections": "section",
             "segments": "segment", "glossary": "term"}
    path.write_text(schema_line(kinds[kind]) + yaml.safe_dump(record, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def _citation(section: str) -> list[dict[str, str]]:
    return [{"source": SOURCE, "section": section}]


def _source(record: dict[str, Any]) -> None:
    record.update(kind="kaderdocument", description="Het inkoopkader van de Proefregio voor 2026.",
                  availability="Deze site kent geen openbaar adres; vraag het kader op bij de gemeenten.")
    for key in [k for k, v in record.items() if isinstance(v, str) and v.startswith("TODO")]:
        record.pop(key)  # a url or date the document does not give


def _region(record: dict[str, Any]) -> None:
    record.update(name="Proefregio", municipalities=[], municipality_count=3,
                  summary="Drie gemeenten die samen zorg inkopen.", sources=_citation("1. Inleiding"))
    record.pop("municipalities")


def _document(record: dict[str, Any]) -> None:
    record.update(title="Kader Zorg en Ondersteuning 2026", kind="kaderdocument", status="onbekend",
                  summary="Hoe de Proefregio zorg inkoopt.", sources=_citation("1. Inleiding"))


def _items(record: dict[str, Any]) -> None:
    record["items"] = [{"id": f"afspraak-{n}", "kind": "afspraak", "number": n, "title": title}
                       for n, title in enumerate(["Tevredenheid van inwoners meten", "Erkende methoden gebruiken",
                                                  "Incidenten binnen een week melden"], start=1)]


def _segment(record: dict[str, Any]) -> None:
    record.update(code="2.2", name="Toegang", domains=["wmo"], ambition="Inwoners krijgen snel hulp.",
                  goals=[{"id": "doel-1", "text": "Niemand wacht te lang."}], indicators=[],
                  sources=_citation("2.2 Toegang"))
    for key in ("service_type", "service_description", "target_group"):
        record.pop(key)


def _term(record: dict[str, Any]) -> None:
    record["term"] = "Wachttijd"
    record["definitions"][0].update(text="Hoe lang een inwoner op hulp wacht.", sources=_citation("2.2.1 Wachttijden"))


class Project:
    def __init__(self, root: Path, pdf: Path):
        self.root, self.data, self.pdf = root, root / "data", pdf
        self.env = {k: v for k, v in os.environ.items() if k != "KADERWIJZER_SEEDS_DIR"}

    def run(self, command: str) -> subprocess.CompletedProcess[str]:
        for placeholder, value in {"<regio>": REGION, "<bron>": SOURCE, "<document>": DOCUMENT, "<segment>": SEGMENT,
                                   "<begrip>": TERM, "<kader.pdf>": shlex.quote(str(self.pdf))}.items():
            command = command.replace(placeholder, value)
        args = shlex.split(command)
        assert args[0] == ".venv/bin/kaderwijzer", command
        return subprocess.run([sys.executable, "-m", "kaderwijzer", *args[1:]], cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=120)

    def sections(self) -> list[Path]:
        return sorted((self.data / "sections" / REGION).glob("*.yml"))


def _fill(step: str, project: Project) -> None:
    data = project.data
    if step == "Het brondocument":
        _edit(data / "sources" / f"{SOURCE}.yml", _source)
    elif step == "De regio":
        _edit(data / "regions" / f"{REGION}.yml", _region)
    elif step == "Het document":
        _edit(data / "documents" / f"{DOCUMENT}.yml", _document)
    elif step == "De hoofdstukken":
        for path in project.sections():
            number = path.stem.removeprefix(f"{SOURCE}-")
            _edit(path, lambda r, n=number: r.update(document=DOCUMENT, summary=SUMMARIES[n]))
    elif step == "De beleidsitems":
        _edit(data / "documents" / f"{DOCUMENT}.yml", lambda r: r.update(item_kinds=[
            {"id": "afspraak", "category": "voorwaarde", "singular": "afspraak", "plural": "afspraken"}]))
        _edit(data / "sections" / REGION / f"{SOURCE}-2-1.yml", _items)
    elif step == "De segmenten":
        _edit(data / "segments" / REGION / f"{SEGMENT}.yml", _segment)
    elif step == "De begrippen":
        _edit(data / "glossary" / f"{TERM}.yml", _term)


# Which files a step finishes: after it, `validate` says nothing about them.
DONE = {"Het brondocument": f"data/sources/{SOURCE}.yml", "De regio": f"data/regions/{REGION}.yml",
        "Het document": f"data/documents/{DOCUMENT}.yml", "De hoofdstukken": f"data/sections/{REGION}/",
        "De segmenten": f"data/segments/{REGION}/", "De begrippen": f"data/glossary/{TERM}.yml"}


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="source documents (../shared/seeds) not present")
def test_a_new_region_follows_the_page_from_pdf_to_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "project"
    for name in ("content", "macros", "overrides", "data"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(SEEDS_DIR, root / "bronteksten", ignore=shutil.ignore_patterns("README.md"))  # the region's own texts
    monkeypatch.delenv("KADERWIJZER_SEEDS_DIR")  # the project's own bronteksten/, as in a region's repository
    project = Project(root, make_pdf(tmp_path / "Kader Proefregio 2026.pdf"))
    finished: list[str] = []
    for step, commands in journey_steps():
        for command in commands:
            if command.startswith("bash scripts/serve"):  # the preview: the same build, without the server
                build = mkdocs_build(tmp_path / "site", config=root / "mkdocs.yml", cwd=root)
                assert build.returncode == 0, build.stdout + build.stderr
                assert (tmp_path / "site" / REGION).is_dir() or any(REGION in p.name for p in (tmp_path / "site").rglob("*"))
                continue
            result = project.run(command)
            if step in ("Controleren", "Dekking"):
                assert result.returncode == 0, f"{step}: {command}\n{result.stdout}{result.stderr}"
            elif "validate" not in command:
                assert result.returncode == 0, f"{step}: {command}\n{result.stdout}{result.stderr}"
        _fill(step, project)
        if step in DONE:
            finished.append(DONE[step])
        left = project.run(".venv/bin/kaderwijzer validate")
        errors = [line for line in left.stderr.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
        assert [e for e in errors if e.startswith(tuple(finished))] == [], (step, errors)
    assert finished == list(DONE.values())
