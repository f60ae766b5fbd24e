"""The built site offers the downloads, the change feed and the field reference as a visitor finds them."""

from __future__ import annotations

import csv
import io
import json
import posixpath
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema

from kaderwijzer.model import FILE_MODELS
from macros.opendata import size_label
from tests.conftest import ROOT
from kaderwijzer.editor.fielddocs import ONE_OF
from tests.site.html import main_text, page

ATOM = "{http://www.w3.org/2005/Atom}"


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))


def test_json_download_validates_and_matches_the_data(built_site: Path, real_corpus) -> None:
    downloads = built_site / "downloads"
    data = json.loads((downloads / "kaderwijzer.json").read_text(encoding="utf-8"))
    schema = json.loads((downloads / "kaderwijzer.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert {s["id"] for s in data["segments"]} == set(real_corpus.segments)
    assert {r["id"] for r in data["regions"]} == set(real_corpus.regions)
    assert {d["id"] for d in data["documents"]} == set(real_corpus.documents)
    assert {s["id"] for s in data["sections"]} == set(real_corpus.sections)
    assert {t["id"] for t in data["terms"]} == set(real_corpus.terms)
    assert len(data["decisions"]) == len(real_corpus.decisions())
    assert len(data["milestones"]) == len(real_corpus.milestones())
    for seg in data["segments"]:
        assert (built_site / seg["page"] / "index.html").is_file(), seg["page"]


def test_csv_row_counts_equal_the_data(built_site: Path, real_corpus) -> None:
    downloads = built_site / "downloads"
    segments = real_corpus.segments.values()
    assert len(csv_rows(downloads / "segmenten.csv")) == len(real_corpus.segments)
    assert len(csv_rows(downloads / "doelen.csv")) == real_corpus.counts()["doelen"] > sum(len(s.goals) for s in segments)
    assert len(csv_rows(downloads / "indicatoren.csv")) == sum(len(s.indicators) for s in segments)
    assert len(csv_rows(downloads / "begrippen.csv")) == sum(len(t.definitions) for t in real_corpus.terms.values())


def test_downloads_page_lists_every_file_with_its_size(built_site: Path) -> None:
    downloads = built_site / "downloads"
    files = {p.relative_to(downloads).as_posix(): p for p in downloads.rglob("*") if p.is_file() and p.name != "index.html"}
    assert {"kaderwijzer.json", "kaderwijzer.schema.json", "segmenten.csv", "schema/segment.schema.json"} <= set(files)
    soup = page(built_site, "downloads")
    table = soup.select_one("table.kw-downloads")
    assert table is not None and table.caption is not None
    listed = {}
    for row in table.select("tbody tr"):
        link = row.select_one("th a")
        href = link["href"]
        assert not href.startswith(("/", "http")), href
        listed[posixpath.normpath(posixpath.join("downloads", href))] = row.find_all("td")[1].get_text(strip=True)
    assert listed == {f"downloads/{name}": size_label(path.stat().st_size) for name, path in files.items()}


def _has_history() -> bool:
    run = lambda *args: subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)
    shallow = run("rev-parse", "--is-shallow-repository")
    if shallow.returncode != 0 or shallow.stdout.strip() == "true":
        return False
    return bool(run("log", "--format=%H", "-n", "1", "--", "data").stdout.strip())


def test_change_feed_is_valid_xml_and_the_page_links_it(built_site: Path) -> None:
    feed = ET.parse(built_site / "wijzigingen.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    soup = page(built_site, "wijzigingen")
    link = soup.select_one("a[type='application/atom+xml']")
    assert link is not None and (built_site / "wijzigingen" / link["href"]).resolve() == (built_site / "wijzigingen.xml").resolve()
    head = page(built_site, "midden-holland/segmenten/crisis").select_one("head link[rel=alternate][type='application/atom+xml']")
    assert head is not None
    assert (built_site / "midden-holland/segmenten/crisis" / head["href"]).resolve() == (built_site / "wijzigingen.xml").resolve()
    if _has_history():
        assert entries, "git-geschiedenis van data/ zonder items in de feed"
        for entry in entries:
            assert entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}updated")
        headings = [h.get("id") for h in soup.select("article h2")]
        newest = entries[0].findtext(f"{ATOM}id").rsplit("#", 1)[1]
        assert newest in headings
    else:
        assert entries == []
        assert "Er is geen wijzigingsgeschiedenis" in main_text(soup) or "nog geen wijzigingsgeschiedenis" in main_text(soup)


def test_field_reference_covers_every_field_of_every_file(built_site: Path) -> None:
    soup = page(built_site, "bijdragen")
    for kind, model in FILE_MODELS.items():
        heading = soup.find(id=f"schema-{kind}")
        assert heading is not None, kind
        table = heading.find_next("table", class_="kw-schema")
        rows = {r.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in r.find_all("td")] for r in table.select("tbody tr")}
        assert list(rows) == list(model.model_fields), kind
        rule = ONE_OF.get(model.__name__)
        for name, info in model.model_fields.items():
            if rule is not None and name in rule.fields:  # one of these fields, as validate asks
                assert rows[name][1].startswith("minstens één van"), (kind, name)
            else:
                assert rows[name][1] == ("ja" if info.is_required() else "nee"), (kind, name)
            assert rows[name][3] not in ("", "–"), (kind, name)  # every field is explained
    domains = soup.find(id="schema-segment").find_next("table").find("code", string="domains").find_parent("tr")
    assert "beschermd-wonen-mo" in domains.get_text(" ")
    # Links to nested parts land on their table.
    for link in soup.select("table.kw-schema a[href^='#schema-']"):
        assert soup.find(id=link["href"][1:]) is not None, link["href"]
