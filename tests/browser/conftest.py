"""Browser fixtures: the built site served on 127.0.0.1 and one audit sweep over all its pages."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser.audit import CHROMIUM, SiteAudit, audit_site
from tests.browser.preview_build import PREVIEW_PAGES, build_preview
from tests.browser.server import serve_directory


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_audit(site_url: str, built_site: Path, pytestconfig: pytest.Config) -> SiteAudit:
    assert Path(CHROMIUM).is_file(), "Chromium ontbreekt: draai `bash scripts/test`, dat installeert Debian's chromium"
    return audit_site(site_url, built_site, progress=_progress(pytestconfig))


@pytest.fixture(scope="session")
def preview_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as a merge request's preview build makes it (tests/browser/preview_build.py)."""
    return build_preview(tmp_path_factory.mktemp("preview-site"))


@pytest.fixture(scope="session")
def preview_url(preview_site: Path) -> Iterator[str]:
    with serve_directory(preview_site) as url:
        yield url


@pytest.fixture(scope="session")
def preview_audit(preview_url: str, preview_site: Path, pytestconfig: pytest.Config) -> SiteAudit:
    """The same sweep as site_audit, over the home page, 404 and a few generated pages of the preview."""
    return audit_site(preview_url, preview_site, progress=_progress(pytestconfig), paths=list(PREVIEW_PAGES))


def _progress(config: pytest.Config) -> Callable[[str], None]:
    """One line per step on the terminal, also with -q and output capture: the browser suite takes minutes."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    started = time.monotonic()

    def line(text: str) -> None:
        if reporter is None:
            return
        # Fixture setup runs with output captured; progress must reach the terminal while it happens.
        with capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext():
            reporter.write_line(f"[browser {time.monotonic() - started:5.0f} s] {text}")
    return line


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or report.outcome != "passed":
        outcome = {"passed": "ok", "failed": "MISLUKT", "skipped": "overgeslagen"}[report.outcome]
        _REPORT_LINE(f"{report.nodeid.rsplit('/', 1)[-1]} ({report.when}): {outcome} in {report.duration:.0f} s")


def pytest_configure(config: pytest.Config) -> None:
    global _REPORT_LINE
    _REPORT_LINE = _progress(config)


_REPORT_LINE: Callable[[str], None] = lambda text: None
