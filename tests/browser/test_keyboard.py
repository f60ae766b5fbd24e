"""What a keyboard user meets: skip link, scrollable tables, tooltips on focus."""

from __future__ import annotations

from tests.browser.audit import SiteAudit


def test_first_tab_shows_skip_link_that_moves_focus_into_content(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.skip_link]
    assert problems == [], "\n".join(problems)


def test_scrollable_tables_are_named_and_scroll_with_keys(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.scroll_regions]
    assert problems == [], "\n".join(problems)


def test_mobile_width_has_scrollable_tables_to_check(site_audit: SiteAudit) -> None:
    # Guards the table check above against passing because it found nothing to look at.
    assert sum(found.scroll_regions_seen for found in site_audit.pages) > 0


def test_tooltips_open_on_focus(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.tooltip]
    assert problems == [], "\n".join(problems)
    assert any(found.tooltip_checked for found in site_audit.pages)
