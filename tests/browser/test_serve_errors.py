"""`mkdocs serve` with invalid data: the browser shows the located errors in Dutch at once, at any address,
and shows the site again by itself after the next valid save."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.browser.audit import CHROMIUM, CHROMIUM_ARGS
from tests.browser.axe import AXE_SOURCE, RUN_AXE_JS, WCAG_TAGS, describe
from tests.conftest import ROOT

PROJECT_PARTS = ("content", "macros", "overrides", "data")
START_SECONDS = 180
PAGE_SECONDS = 15  # a page that takes longer than this is what "hanging" means to a visitor
RECOVER_SECONDS = 240  # one full rebuild on a loaded machine


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_served(url: str, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        assert proc.poll() is None, "mkdocs serve stopte"
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(1)
    pytest.fail(f"mkdocs serve gaf binnen {START_SECONDS} s geen antwoord")


@pytest.fixture(scope="module")
def broken_serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, str]]:
    project = tmp_path_factory.mktemp("serve")
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    record = sorted((project / "data" / "segments").glob("*/*.yml"))[0]
    good = record.read_text(encoding="utf-8")
    record.write_text(good.replace("\nname: ", "\nname: [", 1), encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "true", "DISABLE_MKDOCS_2_WARNING": "true"}
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_served(url, proc)
        yield url, record, good
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser.new_page()
        browser.close()


def test_invalid_data_shows_dutch_located_errors_on_any_page_without_hanging(
        broken_serve: tuple[str, Path, str], page: Page) -> None:
    url, record, _good = broken_serve
    where = f"{record.relative_to(record.parents[3]).as_posix()}:"
    for path in ("", "segmenten/", "een/pagina/die/niet/bestaat/"):
        page.goto(url + path, timeout=PAGE_SECONDS * 1000)
        assert page.locator("h1").inner_text() == "De gegevens bevatten 1 fout"
        item = page.locator("ol li").first.inner_text()
        assert item.startswith(where) and "lijst tussen [ en ] is niet goed afgesloten" in item, item
    assert page.evaluate("document.documentElement.lang") == "nl"
    page.evaluate(AXE_SOURCE)
    violations = page.evaluate(RUN_AXE_JS, {"selector": None, "tags": WCAG_TAGS})
    assert not violations, "\n".join(describe(violations, "foutpagina"))


def test_page_shows_the_site_again_after_the_next_valid_save(broken_serve: tuple[str, Path, str], page: Page) -> None:
    url, record, good = broken_serve
    page.goto(url + "een/pagina/die/niet/bestaat/", timeout=PAGE_SECONDS * 1000)
    assert page.locator("h1").inner_text() == "De gegevens bevatten 1 fout"
    record.write_text(good, encoding="utf-8")
    # No reload by hand: the error page notices the rebuilt site and loads it.
    # (A locator, not wait_for_function: the real site's CSP forbids the eval that one needs.)
    page.locator("meta[name=kaderwijzer-gegevensfout]").wait_for(state="detached", timeout=RECOVER_SECONDS * 1000)
    page.wait_for_load_state()
    page.goto(url, timeout=PAGE_SECONDS * 1000)
    assert "De gegevens bevatten" not in page.title()
    assert page.locator("nav").count() > 0
