"""Language and link styling as the browser renders them."""

from __future__ import annotations

from tests.browser.audit import SiteAudit


def test_every_page_is_marked_dutch(site_audit: SiteAudit) -> None:
    wrong = sorted({f"/{found.path}: lang={found.lang!r}" for found in site_audit.pages if found.lang != "nl"})
    assert wrong == []


def test_links_in_running_text_are_underlined(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.plain_links]
    assert not problems, f"{len(problems)} links zonder onderstreping:\n" + "\n".join(problems[:50])


def test_redirect_pages_are_dutch_and_pass_axe(site_audit: SiteAudit) -> None:
    assert site_audit.redirects, "geen doorverwijspagina's gevonden om te controleren"
    wrong = [f"/{found.path}: lang={found.lang!r}" for found in site_audit.redirects if found.lang != "nl"]
    assert wrong == []
    problems = [line for found in site_audit.redirects for line in found.axe]
    assert not problems, "\n".join(problems)


def test_no_page_has_an_announcement_bar_outside_a_preview(site_audit: SiteAudit) -> None:
    # An empty block once drew an empty, dark, unlabelled bar at the top of every page.
    wrong = sorted({f"/{found.path}: {found.banners}" for found in site_audit.pages if found.banners})
    assert wrong == []
