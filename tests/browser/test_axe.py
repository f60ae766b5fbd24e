"""axe-core (WCAG 2.0/2.1 A and AA) finds nothing on any page, at desktop and 390 px width, light and dark."""

from __future__ import annotations

from pathlib import Path

from tests.browser.audit import SCHEMES, SiteAudit, site_pages


def test_every_page_was_audited_in_both_schemes(site_audit: SiteAudit, built_site: Path) -> None:
    audited = {(found.path, found.scheme) for found in site_audit.pages}
    expected = {(path, scheme) for path in site_pages(built_site) for scheme in SCHEMES}
    assert audited == expected
    assert "" in site_pages(built_site) and len(expected) > 2


def test_dark_scheme_really_shows_material_dark_palette(site_audit: SiteAudit) -> None:
    expected = {"light": "default", "dark": "slate"}
    wrong = [f"/{found.path} [{found.scheme}]: {found.palette!r}" for found in site_audit.pages
             if found.palette != expected[found.scheme]]
    assert not wrong, "\n".join(wrong)


def test_axe_finds_no_violations(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.axe]
    assert not problems, f"{len(problems)} axe-overtredingen:\n" + "\n".join(problems[:80])
