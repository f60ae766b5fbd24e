"""HTML_CodeSniffer (WCAG2AA) finds no errors on any page, in the light and the dark scheme."""

from __future__ import annotations

from tests.browser.audit import SiteAudit


def test_html_codesniffer_finds_no_errors(site_audit: SiteAudit) -> None:
    problems = [line for found in [*site_audit.pages, *site_audit.redirects] for line in found.htmlcs]
    assert not problems, f"{len(problems)} HTML_CodeSniffer-fouten:\n" + "\n".join(problems[:80])
