"""Pages load nothing from another host and set no cookies."""

from __future__ import annotations

from tests.browser.audit import SiteAudit, is_local


def test_no_request_leaves_127_0_0_1(site_audit: SiteAudit) -> None:
    assert site_audit.foreign_requests == []


def test_nothing_is_refused_by_the_content_security_policy(site_audit: SiteAudit) -> None:
    # A refusal means some feature tried to load from elsewhere (or inline code the policy forbids).
    refused = [f"/{found.path} [{found.scheme}]: {item}" for found in site_audit.pages for item in found.blocked_by_csp]
    assert not refused, "\n".join(refused)


def test_no_cookies_on_first_load(site_audit: SiteAudit) -> None:
    assert site_audit.cookies == []


def test_only_loopback_counts_as_local() -> None:
    assert is_local("http://127.0.0.1:8123/assets/x.css")
    assert is_local("data:image/svg+xml,<svg/>")
    assert not is_local("https://fonts.googleapis.com/css?family=Roboto")
    assert not is_local("http://localhost.example.com/x.js")


def test_page_view_loads_no_data_for_the_whole_site(site_audit: SiteAudit) -> None:
    # Neither the search index (Pagefind loads on first search) nor sitemap.xml (Material's language switch).
    loads = [line for found in site_audit.pages for line in found.whole_site_loads]
    assert not loads, "\n".join(loads)
