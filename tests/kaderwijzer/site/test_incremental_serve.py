"""`mkdocs serve` on the real content, after saving a data file: the record's pages first, the whole site
after, and the Dutch error page for invalid data as before (kaderwijzer/site/incremental.py). Served with
ProperDocs, as `scripts/serve` does."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cbor2
import pytest

from kaderwijzer.site.errorpage import MARKER
from kaderwijzer.site.searchstable import SIGNATURE
from tests.conftest import ROOT

PROJECT_PARTS = ("content", "macros", "overrides", "data")
START_SECONDS = 300
CHANGE_SECONDS = 120  # generous: the machine running the tests may be busy
COMPLETE_LINE = "De site is weer volledig bijgewerkt"
FAST_LINE = "Bijgewerkt in"


@dataclass
class Served:
    url: str
    project: Path
    log: Path
    segment: Path  # the data file the tests edit
    page: str  # its page's address
    original: str

    def get(self, path: str) -> str:
        """The page as a browser shows it (the error page comes with status 404 at addresses it replaces)."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.read().decode("utf-8")

    def wait_for(self, path: str, text: str, present: bool = True) -> None:
        deadline = time.monotonic() + CHANGE_SECONDS
        while time.monotonic() < deadline:
            try:
                if (text in self.get(path)) == present:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        pytest.fail(f"{path} {'toonde' if present else 'toonde nog'} {text!r} {'niet' if present else ''} binnen {CHANGE_SECONDS} s")

    def log_count(self, line: str) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count(line)

    def wait_for_complete(self, count: int) -> None:
        deadline = time.monotonic() + CHANGE_SECONDS * 2
        while time.monotonic() < deadline:
            if self.log_count(COMPLETE_LINE) >= count:
                return
            time.sleep(0.2)
        pytest.fail("de server meldde niet dat de site weer volledig is")

    def save_name(self, name: str) -> None:
        text = re.sub(r"(?m)^name: .*$", f"name: {name}", self.original, count=1)
        self.segment.write_text(text, encoding="utf-8")

    def pages(self) -> list[str]:
        sitemap = self.get("sitemap.xml")
        return [url[len(self.url):] for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]

    def site(self) -> dict[str, str]:
        """Every page, the downloads and the feed as served, without the reload script (its numbers change)."""
        paths = self.pages()
        downloads = sorted(set(re.findall(r'<a href="([^"#]+)" download>', self.get("downloads/"))))
        assert downloads, "de pagina Downloads noemt geen bestanden"
        paths += [f"downloads/{name}" for name in downloads] + ["wijzigingen.xml"]
        site = {path: re.sub(r"livereload\(\d+, \d+\)", "", self.get(path)) for path in paths}
        # This copy has no git history, so the feed is dated when it was written.
        site["wijzigingen.xml"] = re.sub(r"<updated>[^<]*</updated>", "", site["wijzigingen.xml"])
        return site

    def search(self) -> dict[str, dict]:
        """What the search index holds per page (text, filters, meta), read as the browser reads Pagefind's files."""
        entry = json.loads(self.get("pagefind/pagefind-entry.json"))
        found = {}
        for language in entry["languages"].values():
            meta = _pagefind_file(self.get_bytes(f"pagefind/pagefind.{language['hash']}.pf_meta"))
            for fragment, _words in meta[1]:
                page = json.loads(gzip.decompress(self.get_bytes(f"pagefind/fragment/{fragment}.pf_fragment"))[len(SIGNATURE):])
                found[page["url"]] = {key: page[key] for key in ("content", "filters", "meta")}
        return found

    def get_bytes(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return response.read()


def _pagefind_file(data: bytes) -> Any:
    raw = gzip.decompress(data)
    assert raw.startswith(SIGNATURE)
    return cbor2.loads(raw[len(SIGNATURE):])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    project = tmp_path_factory.mktemp("incremental")
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    segment = project / "data" / "segments" / "midden-holland" / "crisis.yml"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "DISABLE_MKDOCS_2_WARNING": "true"}
    log = project / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "properdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                                env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    state = Served(url, project, log, segment, "midden-holland/segmenten/crisis/", segment.read_text(encoding="utf-8"))
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert proc.poll() is None, "mkdocs serve stopte:\n" + log.read_text(encoding="utf-8", errors="replace")[-3000:]
            try:
                state.get(state.page)
                break
            except OSError:
                assert time.monotonic() < deadline, f"mkdocs serve gaf binnen {START_SECONDS} s geen antwoord"
                time.sleep(0.5)
        yield state
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)


def test_an_edit_shows_on_the_records_page_and_in_the_overview_that_lists_it(served: Served) -> None:
    fast, done = served.log_count(FAST_LINE), served.log_count(COMPLETE_LINE)
    served.save_name("Crisis Meetpunt Een")
    served.wait_for(served.page, "Crisis Meetpunt Een")
    served.wait_for("segmenten/", "Crisis Meetpunt Een")
    # Shown by re-rendering the record's pages, not by rebuilding the whole site first.
    assert served.log_count(FAST_LINE) == fast + 1
    served.wait_for_complete(done + 1)  # the next test starts from a complete site


def test_a_rename_reaches_every_page_that_names_the_record_once_the_site_is_complete(served: Served) -> None:
    done = served.log_count(COMPLETE_LINE)
    served.save_name("Meetnaam Alfa")
    served.wait_for_complete(done + 1)
    naming = [page for page in served.pages() if "Meetnaam Alfa" in served.get(page)]
    # The record's page, its overviews, and the pages whose navigation lists it.
    assert served.page in naming and "segmenten/" in naming and len(naming) > 10
    served.save_name("Meetnaam Beta")
    served.wait_for_complete(done + 2)
    for page in served.pages():
        body = served.get(page)
        assert "Meetnaam Alfa" not in body, page
        if page in naming:
            assert "Meetnaam Beta" in body, page


EDITS = {
    # A field only the record's own pages and the pages that list it show: no other page changes.
    "text": (lambda text: text.replace("Crisishulp is kort.", "Crisishulp is kort. Meetwoord Zilverreiger.", 1),
             "Meetwoord Zilverreiger"),
    # The name: also in the navigation, so every page is laid out again.
    "rename": (lambda text: re.sub(r"(?m)^name: .*$", "name: Zilverreiger Crisis", text, count=1), "Zilverreiger Crisis"),
}
RELAID = "de andere opnieuw opgemaakt"  # the log line's words when every page was laid out again


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_completes_the_site_without_a_full_build_and_as_a_full_build_would(served: Served, edit: str) -> None:
    change, shown = EDITS[edit]
    done, builds, relaid = (served.log_count(COMPLETE_LINE), served.log_count("Building documentation"),
                            served.log_count(RELAID))
    text = served.segment.read_text(encoding="utf-8")
    assert change(text) != text
    served.segment.write_text(change(text), encoding="utf-8")
    served.wait_for_complete(done + 1)
    assert served.log_count("Building documentation") == builds  # no full build
    assert served.log_count(RELAID) == relaid + (edit == "rename")
    in_place, indexed = served.site(), served.search()
    assert shown in in_place[served.page]
    if edit == "rename":
        assert sum(shown in body for body in in_place.values()) > 10  # the pages whose navigation lists it
    else:
        assert [url for url, page in indexed.items() if shown in page["content"]] == ["/" + served.page]
    # A full build of the same data (a hand-written page saved unchanged) must give the same site and index.
    privacy = served.project / "content" / "privacy.md"
    privacy.write_text(privacy.read_text(encoding="utf-8"), encoding="utf-8")
    served.wait_for_complete(done + 2)
    assert served.log_count("Building documentation") == builds + 1
    assert served.site() == in_place
    assert served.search() == indexed


def test_invalid_data_shows_the_error_page_at_once_and_the_next_valid_save_recovers(served: Served) -> None:
    served.segment.write_text(served.original.replace("\nname: ", "\nname: [", 1), encoding="utf-8")
    served.wait_for("", MARKER)
    served.wait_for(served.page, MARKER)
    done = served.log_count(COMPLETE_LINE)
    served.save_name("Crisis Hersteld")
    served.wait_for("", MARKER, present=False)
    served.wait_for(served.page, "Crisis Hersteld")
    served.wait_for_complete(done + 1)


def test_an_edited_hand_written_page_is_built_in_full_as_before(served: Served) -> None:
    fast, done = served.log_count(FAST_LINE), served.log_count(COMPLETE_LINE)
    page = served.project / "content" / "privacy.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMeetzin voor de privacypagina.\n", encoding="utf-8")
    served.wait_for("privacy/", "Meetzin voor de privacypagina.")
    assert served.log_count(FAST_LINE) == fast
    served.wait_for_complete(done + 1)


def test_a_save_that_changes_nothing_rebuilds_nothing(served: Served) -> None:
    detected, builds = served.log_count("Detected file changes"), served.log_count("Building documentation")
    served.segment.write_text(served.segment.read_text(encoding="utf-8"), encoding="utf-8")
    deadline = time.monotonic() + CHANGE_SECONDS
    while served.log_count("Detected file changes") == detected:
        assert time.monotonic() < deadline, "de server zag de opgeslagen wijziging niet"
        time.sleep(0.1)
    time.sleep(3)  # a build would have started by now
    assert served.log_count("Building documentation") == builds
