"""A preview build (KADERWIJZER_PREVIEW set, as the forge does for a merge request) passes the same browser
checks as the published site: axe-core, HTML_CodeSniffer and the keyboard, with its banner on every page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tests.browser.audit import SiteAudit
from tests.browser.preview_build import PREVIEW_LABEL, PREVIEW_PAGES

_BANNER_LINK = re.compile(r'<p class="kw-preview-banner">.*?<a href="([^"]*)"', re.S)


def _html(site: Path, path: str) -> str:
    return (site / (path + "index.html" if path == "" or path.endswith("/") else path)).read_text("utf-8")


def test_every_checked_preview_page_shows_the_banner(preview_audit: SiteAudit) -> None:
    assert {found.path for found in preview_audit.pages} == set(PREVIEW_PAGES)
    wrong = [f"/{found.path} [{found.scheme}]: {found.banners}" for found in preview_audit.pages
             if len(found.banners) != 1 or PREVIEW_LABEL not in found.banners[0]]
    assert wrong == []


def test_banner_link_is_a_valid_url_to_the_list_of_changed_pages(preview_site: Path) -> None:
    home = "https://kaderwijzer.example/"
    assert 'id="kw-voorbeeld"' in _html(preview_site, "")
    for path in PREVIEW_PAGES:
        href = _BANNER_LINK.search(_html(preview_site, path)).group(1)
        assert not href.startswith("//"), f"/{path}: {href!r} is een adres zonder host"
        target = urlsplit(urljoin(home + path, href))
        assert (target.netloc, target.path, target.fragment) == ("kaderwijzer.example", "/", "kw-voorbeeld"), \
            f"/{path}: {href!r}"


def test_axe_finds_no_violations_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.axe]
    assert not problems, f"{len(problems)} axe-overtredingen:\n" + "\n".join(problems[:80])


def test_html_codesniffer_finds_no_errors_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.htmlcs]
    assert not problems, f"{len(problems)} HTML_CodeSniffer-fouten:\n" + "\n".join(problems[:80])


def test_first_tab_on_the_preview_reaches_the_skip_link_before_the_banner(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages for line in found.skip_link]
    assert not problems, "\n".join(problems)


def test_keyboard_checks_pass_on_the_preview(preview_audit: SiteAudit) -> None:
    problems = [line for found in preview_audit.pages
                for line in [*found.focus_walk, *found.search_dialog, *found.tooltip, *found.scroll_regions,
                             *found.idle_tab_stops]]
    assert not problems, "\n".join(problems)
    assert any(found.search_dialog_checked for found in preview_audit.pages)
