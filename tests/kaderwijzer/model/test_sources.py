"""Source registry: citations name a registered document; a named local copy must exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer import DataErrors, load_corpus
from kaderwijzer.model import Citation, Source
from kaderwijzer.model.sources import citation_label, cited_by, source_label
from tests.conftest import SOURCE_MH, run_cli, write_record


def errors_for(data: Path, seeds: Path | None = None) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_corpus(data, seeds_dir=seeds)
    return [str(e) for e in info.value.errors]


def test_unknown_source_id_is_refused_with_a_suggestion(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(f"source: {SOURCE_MH}", "source: mh-kader-bronn"), encoding="utf-8")
    errors = errors_for(corpus_dir)
    assert len(errors) == 1
    assert "crisis.yml:" in errors[0]
    assert "onbekende bron `mh-kader-bronn` (bedoelde u `mh-kader-bron`?)" in errors[0]


def test_old_seed_file_citation_says_what_to_write_instead(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(f"source: {SOURCE_MH}", "file: 002_81d1b75c1988cf0a.txt"), encoding="utf-8")
    errors = errors_for(corpus_dir)
    assert any("onbekend veld `file`" in e for e in errors)
    assert any("verplicht veld `source` ontbreekt" in e for e in errors)


def test_named_local_copy_must_exist(corpus_dir: Path, tmp_path: Path) -> None:
    path = corpus_dir / f"sources/{SOURCE_MH}.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("002_81d1b75c1988cf0a.txt", "002_0000000000000000.txt"), encoding="utf-8")
    errors = errors_for(corpus_dir)
    assert len(errors) == 1
    assert f"sources/{SOURCE_MH}.yml:" in errors[0] and "lokale kopie `002_0000000000000000.txt` bestaat niet" in errors[0]


def test_local_copies_are_looked_up_in_the_configured_folder(corpus_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "geen-seeds"
    empty.mkdir()
    assert any("bestaat niet" in e for e in errors_for(corpus_dir, empty))
    (empty / "002_81d1b75c1988cf0a.txt").write_text("De Wet maatschappelijke ondersteuning.", encoding="utf-8")
    assert load_corpus(corpus_dir, seeds_dir=empty).sources[SOURCE_MH].local_copy == "002_81d1b75c1988cf0a.txt"


def test_a_source_with_only_a_url_can_publish(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    assert corpus.sources["nl-segmenten-bron"].local_copy is None
    assert corpus.sources["nl-segmenten-bron"].url == "https://www.example.org/bijlage-2.pdf"


def test_cli_validate_reports_unknown_source(corpus_dir: Path) -> None:
    path = corpus_dir / "documents/mh-kader.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(f"source: {SOURCE_MH}", "source: onbekend-document"), encoding="utf-8")
    result = run_cli("validate", "--data", str(corpus_dir))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "onbekende bron `onbekend-document`" in result.stderr


@pytest.mark.parametrize("record, message", [
    ({"redistribute": True}, "`redistribute: true` kan alleen met een `local_copy`"),
    ({"redistribute": True, "local_copy": "a.txt"}, "zet bij `redistribute: true` in `licence`"),
    ({"url": "ftp://example.org/x.pdf"}, "https://"),
    ({"local_copy": "../../etc/passwd"}, "bestandsnaam"),
    ({"date": "oktober 2020"}, "datum"),
])
def test_bad_source_records_are_refused(corpus_dir: Path, record: dict, message: str) -> None:
    base = {"id": "nieuw", "title": "Nieuw document", "kind": "uitvoeringskader"}
    write_record(corpus_dir, "sources", "source", "nieuw", {**base, **record})
    errors = errors_for(corpus_dir)
    assert any("nieuw.yml:" in e and message in e for e in errors), errors


def test_new_kinds_are_accepted() -> None:
    for kind in ("uitvoeringskader", "inkoopstrategie", "beleidsplan", "verordening", "marktconsultatie", "nota-van-inlichtingen"):
        assert Source.model_validate({"id": "x", "title": "X", "kind": kind}).kind.value == kind


def test_citation_reads_as_title_publisher_and_section() -> None:
    source = Source.model_validate({"id": "mh", "title": "Kaderdocument Inkoop Wmo en Jeugd Midden-Holland 2025",
                                    "short_title": "Kaderdocument Inkoop Wmo en Jeugd 2025",
                                    "publishers": ["Regio Midden-Holland"], "kind": "kaderdocument"})
    citation = Citation.model_validate({"source": "mh", "section": "4.2 Crisis"})
    assert citation_label(source, citation) == "Kaderdocument Inkoop Wmo en Jeugd 2025 (Regio Midden-Holland), 4.2 Crisis"
    assert source_label(source.model_copy(update={"publishers": []})) == "Kaderdocument Inkoop Wmo en Jeugd 2025"


def test_cited_by_finds_nested_citations(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    found = cited_by([("term", t.id, t) for t in corpus.terms.values()] + [("segment", s.id, s) for s in corpus.segments.values()])
    assert ("term", "wmo") in found[SOURCE_MH]
    assert ("segment", "wmo-3b-logeren") in found["nl-segmenten-bron"]
