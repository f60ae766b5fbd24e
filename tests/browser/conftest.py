"""Browser fixtures: the built site served on 127.0.0.1 and one audit sweep over all its pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.audit import CHROMIUM, SiteAudit, audit_site
from tests.browser.server import serve_directory


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve_directory(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def site_audit(site_url: str, built_site: Path) -> SiteAudit:
    assert Path(CHROMIUM).is_file(), "Chromium ontbreekt: draai `bash scripts/test`, dat installeert Debian's chromium"
    return audit_site(site_url, built_site)
