"""Coverage against the source text: every numbered heading and list item that no record cites is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer.reading.coverage import corpus_coverage
from kaderwijzer.reading.loader import load_corpus
from tests.conftest import minimal_corpus, run_cli, write_record

TEXT = """=== pagina 1 ===
1. Inleiding
De regio koopt samen in.
2. Visie
2.1 Doelen
We willen:
1. Goede hulp dichtbij huis;
2. Korte wachttijden;
3. Minder regels.
=== pagina 2 ===
2.2 Toegang
Tekst over de toegang.
3. Colofon
Gemaakt door de regio.
"""
SOURCE = "proef-kader"
# The source record as a new region writes it; each test adds what it tries.
SOURCE_RECORD = {"id": SOURCE, "title": "Proefkader", "kind": "kaderdocument", "local_copy": "proef-kader.txt",
                 "availability": "Het origineel staat op de site van de regio."}


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    data, texts = tmp_path / "data", tmp_path / "bronteksten"
    minimal_corpus(data)
    doc = data / "documents" / "mh-kader.yml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("sources:", "item_kinds:\n- {id: speerpunt, category: prioriteit, "
                                                         "singular: speerpunt, plural: speerpunten}\nsources:", 1), encoding="utf-8")
    texts.mkdir()
    for seed in ("002_81d1b75c1988cf0a.txt",):  # the minimal corpus cites this copy too
        (texts / seed).write_text("Een tekst over de Wet maatschappelijke ondersteuning (Wmo), zonder genummerde koppen.\n",
                                  encoding="utf-8")
    (texts / "proef-kader.txt").write_text(TEXT, encoding="utf-8")
    write_record(data, "sources", "source", SOURCE, dict(SOURCE_RECORD))
    _section(data, "proef-inleiding", "1", "1. Inleiding")
    _section(data, "proef-doelen", "2.1", "2.1 Doelen", priorities=2)
    return data, texts


POINTS = ["Hulp dichtbij huis", "Wachttijden verkorten", "Regels schrappen"]


def _section(data: Path, ident: str, number: str, cited: str, priorities: int = 0) -> None:
    write_record(data, "sections", "section", ident, {
        "id": ident, "region": "midden-holland", "document": "mh-kader", "number": number, "title": "Kop",
        "summary": "In eigen woorden.",
        "items": [{"id": f"speerpunt-{n}", "kind": "speerpunt", "number": n, "title": POINTS[n - 1]} for n in range(1, priorities + 1)],
        "sources": [{"source": SOURCE, "section": cited}]}, region="midden-holland")


def _gaps(data: Path, texts: Path) -> tuple[list[str], list[tuple[str, int]]]:
    coverage = corpus_coverage(load_corpus(data, seeds_dir=texts))
    copy = next(c for c in coverage.copies if c.local_copy == "proef-kader.txt")
    return [h.label for h in copy.missing_headings], [(i.heading.number, i.number) for i in copy.missing_items]


def test_uncited_headings_and_list_items_beyond_the_records_lists_are_named(project: tuple[Path, Path]) -> None:
    headings, items = _gaps(*project)
    assert headings == ["2 Visie", "2.2 Toegang", "3 Colofon"]
    assert items == [("2.1", 3)]  # the source lists three points, the section keeps the first two


def test_a_deliberate_omission_with_a_reason_counts_as_covered(project: tuple[Path, Path]) -> None:
    data, texts = project
    _section(data, "proef-visie", "2", "Visie; 2.2 Toegang")  # `Visie` alone names no number
    write_record(data, "sources", "source", SOURCE, {
        **SOURCE_RECORD,
        "not_summarised": [{"section": "3. Colofon", "reason": "Alleen wie het document maakte."}]})
    assert _gaps(data, texts) == (["2 Visie"], [("2.1", 3)])
    _section(data, "proef-visie", "2", "2. Visie en 2.2 Toegang")
    _section(data, "proef-doelen", "2.1", "2.1 Doelen", priorities=3)
    assert _gaps(data, texts) == ([], [])


def test_an_omission_needs_a_reason(project: tuple[Path, Path]) -> None:
    data, texts = project
    write_record(data, "sources", "source", SOURCE, {
        **SOURCE_RECORD,
        "not_summarised": [{"section": "3. Colofon"}]})
    result = run_cli("validate", "--data", str(data))
    assert result.returncode == 1
    assert "reason" in result.stdout + result.stderr


def test_dekking_prints_each_gap_at_its_line_and_writes_markdown(project: tuple[Path, Path], tmp_path: Path) -> None:
    data, texts = project
    summary = tmp_path / "summary.md"
    result = run_cli("dekking", "--data", str(data), "--sources-dir", str(texts), "--markdown", str(summary))
    assert result.returncode == 1, result.stderr
    assert "proef-kader.txt:4: kop `2 Visie` (p. 1, regel 4)" in result.stdout
    assert "Hoofdstuk 3:" in result.stdout and "not_summarised" in result.stdout
    assert "proef-kader.txt:9: punt 3 van de genummerde lijst onder `2.1 Doelen`" in result.stdout
    markdown = summary.read_text(encoding="utf-8")
    assert "| `proef-kader.txt` | Proefkader | 5 | 3 koppen, 1 lijstpunt |" in markdown
    assert "**Hoofdstuk 2**" in markdown and "- kop **2.2 Toegang** (p. 2, regel 11)" in markdown


def test_the_project_folder_of_source_texts_is_found_without_configuration(project: tuple[Path, Path],
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data, texts = project
    monkeypatch.delenv("KADERWIJZER_SEEDS_DIR", raising=False)
    assert load_corpus(data).seeds_dir == texts


@pytest.mark.parametrize(("section", "number", "appendix", "named"), [
    ("3.2 Versterking Toegang", "3.2", None, True),
    ("Hoofdstuk 3: Betaalbaarheid", "3", None, True),
    ("Argumenten, 1.1 en 2.1", "2.1", None, True),
    ("3.1 Kwaliteit, voetnoot 3", "3", None, False),  # a footnote number is not chapter 3
    ("3.21 Iets anders", "3.2", None, False),
    ("Bijlage 4, 4.2 Crisis", "4.2", "Bijlage 4", True),
    ("Bijlage 4, 4.2 Crisis", "4.2", None, False),  # the appendix's 4.2 is not chapter 4.2
    ("4.2 Samenvattend overzicht", "4.2", "Bijlage 4", False),
    ("Bijlage 4 Toelichting op de segmenten", "Bijlage 4", None, True),
])
def test_which_citation_names_which_heading(section: str, number: str, appendix: str | None, named: bool) -> None:
    from kaderwijzer.model.outline import Heading
    from kaderwijzer.reading.coverage import names_heading

    assert names_heading(section, Heading(number, "Titel", 1, None, appendix)) is named
