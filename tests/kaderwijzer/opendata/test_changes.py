"""The change log groups git history of data/ per date and object; the feed is valid Atom."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from kaderwijzer.opendata.changes import ADDED, CHANGED, NO_COMMITS, NO_GIT, REMOVED, SHALLOW, atom_feed, read_changes
from kaderwijzer.reading.loader import load_corpus
from tests.conftest import SOURCE_MH, minimal_corpus, write_record

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://kaderwijzer.example/"


def git(repo: Path, *args: str, date: str | None = None) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    if date:
        env.update(GIT_AUTHOR_DATE=f"{date}T12:00:00+00:00", GIT_COMMITTER_DATE=f"{date}T12:00:00+00:00")
    result = subprocess.run(["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org", *args],
                            cwd=repo, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def commit(repo: Path, date: str, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)


def decisions(data: Path) -> Path:
    return write_record(data, "decisions", "decisions", "mh-besluiten", {
        "region": "midden-holland", "document": "mh-kader", "title": "Besluiten bij het kader",
        "decisions": [{"id": "besluit-1", "number": 1, "text": "Het kader wordt vastgesteld.",
                       "sources": [{"source": SOURCE_MH, "section": "Besluit"}]}]})


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Four days of history: start, edits on one day, a segment that came and went, a move."""
    repo = tmp_path / "repo"
    data = repo / "data"
    git(tmp_path, "init", "-q", str(repo))
    paths = minimal_corpus(data)
    decisions(data)
    (data / "schema").mkdir()
    (data / "schema" / "segment.schema.json").write_text("{}", encoding="utf-8")
    commit(repo, "2024-01-10", "start")

    crisis = paths["crisis"]
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("zo snel mogelijk", "direct"), encoding="utf-8")
    new = crisis.with_name("nieuw.yml")
    new.write_text(crisis.read_text(encoding="utf-8").replace("id: crisis", "id: nieuw").replace("related:\n- hulp-bij-het-huishouden\n", ""), encoding="utf-8")
    commit(repo, "2024-02-01", "edit crisis, add nieuw")
    paths["logeren"].unlink()
    commit(repo, "2024-02-01", "remove logeren")

    tmp = crisis.with_name("tijdelijk.yml")
    tmp.write_text(new.read_text(encoding="utf-8").replace("id: nieuw", "id: tijdelijk"), encoding="utf-8")
    (data / "schema" / "segment.schema.json").write_text('{"changed": true}', encoding="utf-8")
    commit(repo, "2024-03-05", "add tijdelijk")
    tmp.unlink()
    commit(repo, "2024-03-05", "remove tijdelijk")

    # Move a segment to another region: same object, so `gewijzigd`.
    hbh = paths["hbh"]
    record = yaml.safe_load(hbh.read_text(encoding="utf-8"))
    record.update(region="noord-limburg", document="nl-segmenten")
    hbh.unlink()
    write_record(data, "segments", "segment", "hulp-bij-het-huishouden", record, region="noord-limburg")
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("related:\n- hulp-bij-het-huishouden\n", ""), encoding="utf-8")
    commit(repo, "2024-04-01", "move hbh")
    return repo


def changes_of(repo: Path):
    data = repo / "data"
    return read_changes(data, load_corpus(data))


def summary(day) -> dict[str, list[tuple[str, str]]]:
    return {action: [(c.kind, c.ident) for c in changes] for action, changes in day.by_action()}


def test_changes_are_grouped_per_date_and_object(repo: Path) -> None:
    log = changes_of(repo)
    assert log.available and not log.partial
    # Newest first; the day where `tijdelijk` came and went (and only the schema changed) is left out.
    assert [d.date for d in log.days] == [dt.date(2024, 4, 1), dt.date(2024, 2, 1), dt.date(2024, 1, 10)]
    moved, edits, start = log.days
    assert summary(moved) == {CHANGED: [("segment", "crisis"), ("segment", "hulp-bij-het-huishouden")]}
    assert summary(edits) == {
        ADDED: [("segment", "nieuw")],
        CHANGED: [("segment", "crisis")],
        REMOVED: [("segment", "wmo-3b-logeren")],
    }
    added = summary(start)[ADDED]
    assert ("region", "midden-holland") in added and ("term", "wmo") in added and ("decisions", "mh-besluiten") in added
    assert ("source", "mh-kader-bron") in added
    assert len(added) == 11 and list(summary(start)) == [ADDED]


def test_changed_objects_link_to_their_page_while_they_exist(repo: Path) -> None:
    log = changes_of(repo)
    edits = {c.ident: c for c in log.days[1].changes}
    assert edits["crisis"].title == "4.2 Crisis"
    assert edits["crisis"].page == ("midden-holland/segmenten/crisis.md", None)
    assert edits["wmo-3b-logeren"].page is None and edits["wmo-3b-logeren"].title == "wmo-3b-logeren"
    start = {c.ident: c for c in log.days[-1].changes}
    assert start["wmo"].page == ("begrippen.md", "wmo")
    assert start["mh-besluiten"].title == "Besluiten bij het kader"
    assert start["mh-besluiten"].page == ("midden-holland/documenten/mh-kader/index.md", None)


def test_feed_is_valid_atom_with_one_entry_per_date(repo: Path) -> None:
    log = changes_of(repo)
    feed = ET.fromstring(atom_feed(log, SITE))
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == SITE + "wijzigingen/"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == SITE + "wijzigingen.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [
        SITE + "wijzigingen/#wijziging-2024-04-01",
        SITE + "wijzigingen/#wijziging-2024-02-01",
        SITE + "wijzigingen/#wijziging-2024-01-10",
    ]
    assert feed.findtext(f"{ATOM}updated") == entries[0].findtext(f"{ATOM}updated") == "2024-04-01T12:00:00+00:00"
    second = entries[1]
    assert second.findtext(f"{ATOM}title") == "Wijzigingen op 1 februari 2024 (1 toegevoegd, 1 gewijzigd, 1 verwijderd)"
    content = second.find(f"{ATOM}content")
    assert content.get("type") == "html"
    assert f'<a href="{SITE}midden-holland/segmenten/crisis/">4.2 Crisis</a>' in content.text
    # Building again gives the same feed: readers see no phantom updates.
    assert atom_feed(changes_of(repo), SITE) == atom_feed(log, SITE)


def test_shallow_clone_shows_only_what_it_can_know(repo: Path, tmp_path: Path) -> None:
    one = tmp_path / "one"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(one))
    log = changes_of(one)
    assert log.problem == SHALLOW and log.days == []
    two = tmp_path / "two"
    git(tmp_path, "clone", "-q", "--depth", "2", repo.as_uri(), str(two))
    log = changes_of(two)
    # The oldest fetched commit would look like "everything added": it is left out.
    assert log.partial and [d.date for d in log.days] == [dt.date(2024, 4, 1)]


def test_without_git_or_commits_there_is_no_history_and_no_failure(corpus_dir: Path, tmp_path: Path) -> None:
    log = read_changes(corpus_dir, load_corpus(corpus_dir))
    assert log.problem == NO_GIT and log.days == []
    feed = ET.fromstring(atom_feed(log, SITE, now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)))
    assert feed.findall(f"{ATOM}entry") == [] and feed.findtext(f"{ATOM}updated") == "2024-01-01T00:00:00+00:00"

    fresh = tmp_path / "fresh"
    shutil.copytree(corpus_dir, fresh / "data")
    git(tmp_path, "init", "-q", str(fresh))
    assert read_changes(fresh / "data", load_corpus(fresh / "data")).problem == NO_COMMITS


def test_titles_are_escaped_in_the_feed(repo: Path) -> None:
    crisis = repo / "data/segments/midden-holland/crisis.yml"
    crisis.write_text(crisis.read_text(encoding="utf-8").replace("name: Crisis", "name: Crisis & hulp < 24 uur"), encoding="utf-8")
    commit(repo, "2024-05-01", "rename")
    feed = ET.fromstring(atom_feed(changes_of(repo), SITE))
    html = feed.find(f"{ATOM}entry/{ATOM}content").text
    assert "4.2 Crisis &amp; hulp &lt; 24 uur</a>" in html


def test_changed_objects_say_field_by_field_what_changed(repo: Path) -> None:
    log = changes_of(repo)
    moved, edits, _ = log.days
    crisis = {c.ident: c for c in edits.changes}["crisis"]
    detail = next(d for d in crisis.details if "`ambition`" in d.text)
    assert detail.text == "Segment *4.2 Crisis*: `ambition` gewijzigd"
    assert "zo snel mogelijk" in detail.old and "direct" in detail.new and "zo snel mogelijk" not in detail.new
    assert ("del", "zo snel mogelijk") in detail.diff and ("ins", "direct") in detail.diff
    hbh = {c.ident: c for c in moved.changes}["hulp-bij-het-huishouden"]
    assert hbh.details[0].text == ("Segment *4.8 Hulp bij het huishouden*: verplaatst van "
                                   "`data/segments/midden-holland/hulp-bij-het-huishouden.yml` naar "
                                   "`data/segments/noord-limburg/hulp-bij-het-huishouden.yml`")
    # Added and removed objects need no details: the whole object is the change.
    assert all(c.details == () for c in edits.changes if c.action != CHANGED)
    content = ET.fromstring(atom_feed(log, SITE)).findall(f"{ATOM}entry")[1].find(f"{ATOM}content").text
    assert "<li>Segment 4.2 Crisis: ambition gewijzigd</li>" in content
