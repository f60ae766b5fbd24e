"""Loader: every error at the exact `path:line:col`, all errors in one run."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaderwijzer import DataErrors, load_corpus
from tests.conftest import schema_line

SEGMENT = schema_line("segment") + """id: crisis
region: midden-holland
document: mh-kader
name: Crisis
domains: [jeugd]
ambition: Snel hulp.
goals:
  - id: doel-1
    text: Binnen 24 uur hulp.
related:
  - hulp-bij-het-huishouden
sources:
  - source: mh-kader-bron
    section: 4.2 Crisis
"""


def errors_for(data: Path) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_corpus(data)
    return [str(e) for e in info.value.errors]


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def test_valid_corpus_loads_with_links_both_ways(corpus_dir: Path) -> None:
    corpus = load_corpus(corpus_dir)
    assert set(corpus.segments) == {"crisis", "hulp-bij-het-huishouden", "wmo-3b-logeren"}
    assert [s.id for s in corpus.related_of("hulp-bij-het-huishouden")] == ["crisis"]
    assert corpus.files[("segment", "crisis")] == "segments/midden-holland/crisis.yml"


def test_unknown_key_points_at_key_and_suggests(corpus_dir: Path, corpus_paths) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("ambition:", "ambtion:"))
    assert errors_for(corpus_dir) == [f"{path}:7:1: onbekend veld `ambtion` (bedoelde u `ambition`?)"]


def test_dangling_related_segment_points_at_list_item(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("  - hulp-bij-het-huishouden", "  - hulp-bij-het-huishoudn"))
    assert errors_for(corpus_dir) == [
        f"{path}:12:5: onbekend segment `hulp-bij-het-huishoudn` (bedoelde u `hulp-bij-het-huishouden`?)"]


def test_wrong_type_names_value(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("name: Crisis", "name: 42"))
    assert errors_for(corpus_dir) == [f"{path}:5:7: `name` verwacht tekst, gevonden: `42`; zet de waarde tussen aanhalingstekens"]


def test_missing_required_field_points_at_mapping(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("name: Crisis\n", ""))
    assert errors_for(corpus_dir) == [f"{path}:2:1: verplicht veld `name` ontbreekt; voeg het toe"]


def test_bad_enum_lists_allowed_values(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("domains: [jeugd]", "domains: [jeugdzorg]"))
    (error,) = errors_for(corpus_dir)
    assert error.startswith(f"{path}:6:11: `domains`: ongeldige waarde `jeugdzorg`; kies `wmo`, `jeugd`, `participatie` of `beschermd-wonen-mo`")


def test_three_errors_in_three_files_in_one_run(corpus_dir: Path) -> None:
    crisis = corpus_dir / "segments/midden-holland/crisis.yml"
    write(crisis, SEGMENT.replace("ambition:", "ambtion:"))
    hbh = corpus_dir / "segments/midden-holland/hulp-bij-het-huishouden.yml"
    write(hbh, hbh.read_text(encoding="utf-8").replace("- crisis", "- crisiss") + "related: [crisiss]\n")
    logeren = corpus_dir / "segments/noord-limburg/wmo-3b-logeren.yml"
    write(logeren, logeren.read_text(encoding="utf-8").replace("name: Logeren", "name: [Logeren"))
    errors = errors_for(corpus_dir)
    assert len(errors) == 3
    assert errors[0].startswith(f"{crisis}:7:1: onbekend veld `ambtion`")
    assert errors[1].startswith(f"{hbh}:") and "onbekend segment `crisiss`" in errors[1]
    assert errors[2].startswith(f"{logeren}:") and "lijst tussen `[` en `]` is niet goed afgesloten" in errors[2]


def test_duplicate_key_in_mapping(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("ambition: Snel hulp.", "ambition: Snel hulp.\nambition: Nog sneller."))
    assert errors_for(corpus_dir) == [
        f"{path}:8:1: sleutel `ambition` staat twee keer in hetzelfde onderdeel (eerder op regel 7)"]


def test_duplicate_id_across_files(corpus_dir: Path) -> None:
    copy = write(corpus_dir / "segments/midden-holland/crisis-kopie.yml", SEGMENT)
    original = corpus_dir / "segments/midden-holland/crisis.yml"
    errors = errors_for(corpus_dir)
    # Files load in name order, so the copy comes first and the original is the duplicate.
    assert f"{original}:2:5: id `crisis` bestaat al in {copy}:2" in errors, errors
    assert f"{copy}:2:5: id `crisis` moet gelijk zijn aan de bestandsnaam `crisis-kopie`" in errors


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "1:1: bestand is leeg"),
        (b"\xef\xbb\xbf" + SEGMENT.encode(), "1:1: bestand begint met een byte-order mark"),
        (SEGMENT.encode().replace(b"Snel", b"Sn\xffel"), "7:13: geen geldige UTF-8: byte 0xff"),
        (SEGMENT.replace("    text: Binnen", "\ttext: Binnen").encode(), "10:1: tab gebruikt voor inspringen"),
        (SEGMENT.replace("ambition: Snel hulp.", "ambition: <script>alert(1)</script>").encode(),
         "7:11: HTML is niet toegestaan in tekst"),
        (SEGMENT.replace("ambition: Snel hulp.", "ambition: Zie {{ config }}").encode(),
         "7:11: template-syntax"),
        (SEGMENT.replace("ambition: Snel hulp.", 'ambition: "[klik](javascript:alert(1))"').encode(),
         "7:11: links met `javascript:`"),
        (SEGMENT.replace("ambition: Snel hulp.", "ambition: '<img src=x onerror=alert(1)>'").encode(),
         "7:11: HTML is niet toegestaan"),
    ],
    ids=["empty", "bom", "non-utf8", "tab", "script", "jinja", "javascript-link", "onerror"],
)
def test_broken_files_are_located(corpus_dir: Path, content: bytes, expected: str) -> None:
    path = write(corpus_dir / "segments/midden-holland/crisis.yml", content)
    errors = errors_for(corpus_dir)
    assert any(e.startswith(f"{path}:{expected}") for e in errors), errors


def test_alias_bomb_is_refused_quickly(corpus_dir: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(ord("b"), ord("j")):
        prev = chr(i - 1)
        lines.append(f"{chr(i)}: &{chr(i)} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = write(corpus_dir / "segments/midden-holland/crisis.yml", SEGMENT + "\n".join(lines) + "\n")
    errors = errors_for(corpus_dir)
    assert any(e.startswith(f"{path}:16:4:") and "alias" in e for e in errors), errors


def test_missing_schema_line_is_reported(corpus_dir: Path) -> None:
    path = write(corpus_dir / "segments/midden-holland/crisis.yml", SEGMENT.split("\n", 1)[1])
    assert errors_for(corpus_dir) == [
        f"{path}:1:1: eerste regel moet `# yaml-language-server: $schema=../../schema/segment.schema.json` zijn (voor aanvulling in de editor)"]


def test_errors_are_sorted_by_file_and_line(corpus_dir: Path) -> None:
    path = corpus_dir / "segments/midden-holland/crisis.yml"
    write(path, SEGMENT.replace("name: Crisis", "name: 42").replace("ambition:", "ambtion:"))
    errors = errors_for(corpus_dir)
    assert [e.split(":")[1] for e in errors] == ["5", "7"]


def test_unknown_term_reference_in_a_page_is_located(corpus_dir: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    page = content / "uitleg.md"
    page.write_text("# Uitleg\n\nZie {{ term('wmo') }} en {{ term(\"wmoo\") }}.\n", encoding="utf-8")
    with pytest.raises(DataErrors) as info:
        load_corpus(corpus_dir, content)
    assert [str(e) for e in info.value.errors] == [f"{page}:3:35: onbekend begrip `wmoo` (bedoelde u `wmo`?)"]
