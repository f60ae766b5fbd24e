"""`kaderwijzer import`: a region's PDF becomes a text copy with pages, a registered source and one section
file per numbered heading, whose TODOs fail validation until an editor fills them in their own words."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kaderwijzer.editor.pdftext import clean_pages
from tests.conftest import ROOT, minimal_corpus, mkdocs_build, run_cli
from tests.kaderwijzer.editor.pdfmaker import BODY, EXPECTED, RUNNING_HEADER, TITLE, make_pdf


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    data, texts = tmp_path / "data", tmp_path / "bronteksten"
    minimal_corpus(data)
    pdf = make_pdf(tmp_path / "Kader Proefregio 2026.pdf")
    result = run_cli("import", str(pdf), "--region", "midden-holland", "--data", str(data), "--sources-dir", str(texts))
    return data, texts, result


def _sections(data: Path) -> list[dict]:
    found = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (data / "sections" / "midden-holland").glob("kader-*.yml")]
    return sorted(found, key=lambda s: s["order"])


def test_every_numbered_heading_becomes_a_section_with_number_title_and_page(imported) -> None:
    data, _, result = imported
    assert result.returncode == 0, result.stderr
    sections = _sections(data)
    assert [(s["sources"][0]["section"], s["sources"][0]["page"]) for s in sections] == EXPECTED
    wachttijden = next(s for s in sections if s["number"] == "2.2.1")
    assert wachttijden["title"] == "Wachttijden" and wachttijden["id"] == "kader-proefregio-2026-2-2-1"
    assert all(s["summary"].startswith("TODO") and s["document"] == "TODO" for s in sections)
    # The contents page lists the headings too; none of them became a heading of its own.
    assert len(sections) == len(EXPECTED)
    assert "8 genummerde koppen gevonden op pagina 3–5:" in result.stdout
    assert "uw eigen woorden" in result.stdout and " je " not in result.stdout


def test_the_text_copy_has_pages_and_no_running_header_footer_or_broken_word(imported) -> None:
    _, texts, _ = imported
    text = (texts / "kader-proefregio-2026.txt").read_text(encoding="utf-8")
    assert re.findall(r"^=== pagina (\d+) ===$", text, re.M) == ["1", "2", "3", "4", "5"]
    assert RUNNING_HEADER not in text and "Pagina 3 van 5" not in text
    assert "De regionale samenwerking loopt sinds 2015" in text and "samen-" not in text
    assert text.index("=== pagina 4 ===") < text.index("\n2.2 Toegang\n") < text.index("=== pagina 5 ===")


def test_the_source_is_registered_with_what_the_first_page_says_and_todos_for_the_rest(imported) -> None:
    data, _, _ = imported
    source = yaml.safe_load((data / "sources" / "kader-proefregio-2026.yml").read_text(encoding="utf-8"))
    assert source["title"] == TITLE
    assert source["publishers"] == ["Regio Proefland"]
    assert str(source["date"]) == "2026-03-12"
    assert source["local_copy"] == "kader-proefregio-2026.txt"
    assert source["kind"] == "TODO" and source["description"].startswith("TODO")


def test_no_sentence_of_the_source_is_copied_into_the_data(imported) -> None:
    data, _, _ = imported
    written = "\n".join(p.read_text(encoding="utf-8") for p in data.rglob("*.yml"))
    for kind, line in BODY:
        if kind == "p":
            assert line not in written, line


def test_each_todo_fails_validation_by_name(imported) -> None:
    data, texts, _ = imported
    result = subprocess.run([sys.executable, "-m", "kaderwijzer", "validate", "--data", str(data)], capture_output=True,
                            text=True, env={**os.environ, "KADERWIJZER_SEEDS_DIR": str(texts)}, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    out = result.stdout + result.stderr
    for section in _sections(data):
        assert re.search(rf"kader-proefregio-2026{section['id'][len('kader-proefregio-2026'):]}\.yml:\d+:\d+: `summary` is nog niet ingevuld", out)
        assert re.search(rf"{section['id']}\.yml:\d+:\d+: `document` is nog niet ingevuld: kies het document van de regio: `mh-kader`", out)
    assert re.search(r"kader-proefregio-2026\.yml:\d+:\d+: `kind` is nog niet ingevuld", out)
    assert "Traceback" not in out


def test_plain_text_without_front_matter_gets_todos_and_no_page_numbers(tmp_path: Path) -> None:
    """Without form feeds a text has no pages: no page markers and no `page:` that would always say 1."""
    data, texts = tmp_path / "data", tmp_path / "bronteksten"
    minimal_corpus(data)
    plain = tmp_path / "nota.txt"
    plain.write_text("1. Aanleiding\nWaarom deze nota.\n2. Voorstel\nWat we voorstellen.\n", encoding="utf-8")
    result = run_cli("import", str(plain), "--region", "noord-limburg", "--id", "nl-nota", "--document", "nl-segmenten",
                     "--data", str(data), "--sources-dir", str(texts))
    assert result.returncode == 0, result.stderr
    assert "2 genummerde koppen gevonden:\n  1 Aanleiding\n  2 Voorstel\n" in result.stdout
    assert "pagina" not in (texts / "nl-nota.txt").read_text(encoding="utf-8")
    source = yaml.safe_load((data / "sources" / "nl-nota.yml").read_text(encoding="utf-8"))
    assert source["title"].startswith("TODO") and source["publishers"][0].startswith("TODO")
    assert str(source["date"]).startswith("TODO")
    voorstel = yaml.safe_load((data / "sections" / "noord-limburg" / "nl-nota-2.yml").read_text(encoding="utf-8"))
    assert voorstel["document"] == "nl-segmenten" and voorstel["sources"] == [
        {"source": "nl-nota", "section": "2 Voorstel"}]


def test_an_unknown_region_or_an_existing_file_is_refused_and_nothing_is_written(imported, tmp_path: Path) -> None:
    data, texts, _ = imported
    before = {p: p.read_bytes() for p in [*data.rglob("*"), *texts.rglob("*")] if p.is_file()}
    pdf = tmp_path / "Kader Proefregio 2026.pdf"
    again = run_cli("import", str(pdf), "--region", "midden-holland", "--data", str(data), "--sources-dir", str(texts))
    assert again.returncode == 1
    assert "kader-proefregio-2026.yml: bestaat al" in again.stderr and "Er is niets geschreven" in again.stderr
    unknown = run_cli("import", str(pdf), "--region", "midden-hollant", "--id", "ander", "--data", str(data),
                      "--sources-dir", str(texts))
    assert unknown.returncode == 1 and "--region `midden-hollant`: onbekende regio" in unknown.stderr
    assert "midden-holland" in unknown.stderr
    after = {p: p.read_bytes() for p in [*data.rglob("*"), *texts.rglob("*")] if p.is_file()}
    assert after == before


def test_a_scanned_pdf_without_text_gets_a_dutch_explanation(tmp_path: Path) -> None:
    from fpdf import FPDF

    data = tmp_path / "data"
    minimal_corpus(data)
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)
    pdf.output(str(tmp_path / "scan.pdf"))
    result = run_cli("import", str(tmp_path / "scan.pdf"), "--region", "midden-holland", "--data", str(data),
                     "--sources-dir", str(tmp_path / "t"))
    assert result.returncode == 1 and "geen tekst (waarschijnlijk een scan)" in result.stderr
    assert not (tmp_path / "t").exists()


def test_running_lines_need_most_pages_and_hyphens_before_small_words_stay() -> None:
    words = ["appel", "peer", "kers", "pruim"]
    pages = [["Kop van het kader", f"Over de {w}", "hulp-", "en ondersteuning in Midden-", f"Holland en de {w}", str(n)]
             for n, w in enumerate(words, start=1)]
    pages[1].insert(0, "Alleen op pagina 2")
    cleaned = clean_pages(["\n".join(p) for p in pages])
    assert cleaned[0] == ["Over de appel", "hulp-", "en ondersteuning in Midden-Holland en de appel"]
    assert cleaned[1][0] == "Alleen op pagina 2"


# ---- The whole journey, on a copy of the project ------------------------------------------------------

FILLED_SUMMARIES = {
    "1": "Waarom dit kader er is en sinds wanneer de gemeenten samen inkopen.",
    "2": "De uitgangspunten waarmee de regio hulp inkoopt.",
    "2.1": "Wat de regio van aanbieders vraagt om goede hulp te bieden.",
    "2.2": "Wie beslist over de toegang tot hulp.",
    "2.2.1": "Hoe lang iemand op hulp mag wachten.",
    "3": "Hoe de regio de kosten in de hand houdt.",
    "3.1": "Hoe vaak de prijzen voor hulp worden bekeken.",
}


def _fill(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_pdf_goes_through_import_to_a_valid_site_and_coverage_names_the_one_uncited_heading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A region's own repository: the site's code and an empty data/ (schemas only); no seed needed. Its source
    # texts go to bronteksten/ in the project, found without any setting.
    project = tmp_path / "project"
    for name in ("content", "macros", "overrides", "data/schema"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "bronteksten").mkdir()
    monkeypatch.delenv("KADERWIJZER_SEEDS_DIR", raising=False)
    data = project / "data"
    for folder in ("regions", "documents"):
        (data / folder).mkdir()
    (data / "regions" / "proefregio.yml").write_text(
        "# yaml-language-server: $schema=../schema/region.schema.json\nid: proefregio\nname: Proefregio\n"
        "municipalities: []\nmunicipality_count: 3\nsummary: >-\n  Drie gemeenten die samen zorg inkopen.\n"
        "sources:\n  - source: kader-proefregio-2026\n    section: 1 Inleiding\n    page: 3\n", encoding="utf-8")
    (data / "documents" / "proefregio-kader-2026.yml").write_text(
        "# yaml-language-server: $schema=../schema/document.schema.json\nid: proefregio-kader-2026\n"
        "region: proefregio\ntitle: Kader Zorg en Ondersteuning 2026\nkind: kaderdocument\nstatus: onbekend\n"
        "summary: >-\n  Hoe de Proefregio zorg inkoopt.\nsources:\n  - source: kader-proefregio-2026\n"
        "    section: 1 Inleiding\n", encoding="utf-8")
    pdf = make_pdf(tmp_path / "Kader Proefregio 2026.pdf")

    imported = subprocess.run([sys.executable, "-m", "kaderwijzer", "import", str(pdf), "--region", "proefregio",
                               "--document", "proefregio-kader-2026"], capture_output=True, text=True, cwd=project,
                              timeout=120)
    assert imported.returncode == 0, imported.stderr
    assert (project / "bronteksten" / "kader-proefregio-2026.txt").is_file()

    source = data / "sources" / "kader-proefregio-2026.yml"
    _fill(source, "kind: TODO", "kind: kaderdocument")
    _fill(source, "  TODO: wat dit document is, in eigen woorden (B1)", "  Het inkoopkader van de Proefregio.")
    _fill(source, 'url: "TODO: openbaar adres van het origineel (https://…), of haal deze regel weg"\n', "")
    _fill(source, "  TODO: waar het origineel te vinden is, of dat deze site geen openbaar adres kent",
          "  Deze site kent geen openbaar adres van het kader; vraag het op bij de gemeenten.")
    folder = data / "sections" / "proefregio"
    (folder / "kader-proefregio-2026-3-2.yml").unlink()  # 3.2 Verantwoording stays without a summary
    for number, summary in FILLED_SUMMARIES.items():
        path = folder / f"kader-proefregio-2026-{number.replace('.', '-')}.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"  TODO: samenvatting in eigen woorden \(B1\) van .*", f"  {summary}", text),
                        encoding="utf-8")
    _fill(folder / "kader-proefregio-2026-2-1.yml", "sources:", "groups:\n  - title: Wat aanbieders doen\n    items:\n"
          "      - Zij vragen inwoners hoe tevreden ze zijn.\n      - Zij gebruiken erkende methoden.\n"
          "      - Zij melden incidenten binnen een week.\nsources:")

    validate = subprocess.run([sys.executable, "-m", "kaderwijzer", "validate"], capture_output=True, text=True,
                              cwd=project, timeout=120)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    site = tmp_path / "site"
    build = mkdocs_build(site, config=project / "mkdocs.yml", cwd=project)
    assert build.returncode == 0, build.stdout + build.stderr
    quality = (site / "proefregio" / "documenten" / "proefregio-kader-2026" / "kader-proefregio-2026-2-1" / "index.html")
    html = quality.read_text(encoding="utf-8")
    assert "Wat de regio van aanbieders vraagt om goede hulp te bieden." in html and "p. 3" in html
    assert "Zij melden incidenten binnen een week." in html

    coverage = subprocess.run([sys.executable, "-m", "kaderwijzer", "dekking"], capture_output=True, text=True,
                              cwd=project, timeout=120)
    assert coverage.returncode == 1
    gaps = [line for line in coverage.stdout.splitlines() if line.startswith("    ")]
    assert len(gaps) == 1, coverage.stdout
    assert "kader-proefregio-2026.txt:" in gaps[0] and "kop `3.2 Verantwoording` (p. 5," in gaps[0]
