"""What a keyboard user meets: skip link, scrollable tables, tooltips on focus."""

from __future__ import annotations

from tests.browser.audit import SiteAudit


def test_first_tab_shows_skip_link_that_moves_focus_to_the_page_title(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.skip_link]
    assert not problems, "\n".join(problems)


def test_tables_are_a_tab_stop_only_while_they_scroll(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.idle_tab_stops]
    assert not problems, f"{len(problems)} tabstops zonder scrollen:\n" + "\n".join(problems[:40])


def test_scrollable_tables_are_named_and_scroll_with_keys(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.scroll_regions]
    assert not problems, "\n".join(problems)


def test_site_has_scrollable_tables_to_check(site_audit: SiteAudit) -> None:
    # Guards the table check above against passing because it found nothing to look at.
    assert sum(found.scroll_regions_seen for found in site_audit.pages) > 0


def test_tooltips_open_on_focus_and_close_with_escape(site_audit: SiteAudit) -> None:
    problems = [line for found in site_audit.pages for line in found.tooltip]
    assert not problems, "\n".join(problems)
    # Guards against passing without having seen a glossary term (links with class kw-term).
    assert any(found.tooltip_checked == "glossary" for found in site_audit.pages)


def test_focus_stays_visible_from_page_top_into_content_and_menu_works_by_keyboard(site_audit: SiteAudit) -> None:
    home = [found for found in site_audit.pages if found.path == ""]
    assert len(home) == 2  # light at desktop width, dark at mobile width
    problems = [line for found in home for line in found.focus_walk]
    assert not problems, "\n".join(problems)


def test_search_dialog_opens_with_slash_and_button_is_named_keeps_focus_and_closes_with_escape(
        site_audit: SiteAudit) -> None:
    home = [found for found in site_audit.pages if found.path == ""]
    assert len(home) == 2 and all(found.search_dialog_checked for found in home)
    problems = [line for found in home for line in found.search_dialog]
    assert not problems, "\n".join(problems)
