"""The accessibility statement describes the checks this suite really runs."""

from __future__ import annotations

from pathlib import Path

from tests.browser.audit import DESKTOP, MOBILE
from tests.browser.axe import AXE_VERSION
from tests.site.html import main_text, page


def test_statement_names_the_axe_version_widths_and_standard_in_use(built_site: Path) -> None:
    text = main_text(page(built_site, "toegankelijkheid/"))
    assert f"axe-core versie {AXE_VERSION}" in text
    assert f"{DESKTOP['width']} pixels" in text and f"{MOBILE['width']} pixels" in text
    assert "WCAG 2.1" in text and "lichte én in de donkere weergave" in text


def test_statement_names_the_second_checker_and_html_checker_versions(built_site: Path) -> None:
    import json

    from tests.browser.htmlcs import HTMLCS_PATH
    from tests.site.test_html_valid import VNU_JAR

    text = main_text(page(built_site, "toegankelijkheid/"))
    htmlcs = json.loads((HTMLCS_PATH.parents[1] / "package.json").read_text(encoding="utf-8"))["version"]
    vnu = json.loads((VNU_JAR.parents[2] / "package.json").read_text(encoding="utf-8"))["version"]
    assert f"HTML_CodeSniffer versie {htmlcs}" in text and f"Nu HTML Checker (versie {vnu})" in text


def test_statement_names_the_ibm_checker_and_rule_archive_pinned_in_bench(built_site: Path) -> None:
    import json

    ibm = Path(__file__).resolve().parents[2] / "bench" / "ibm"
    versions = json.loads((ibm / "package.json").read_text(encoding="utf-8"))["devDependencies"]
    text = main_text(page(built_site, "toegankelijkheid/"))
    assert f"IBM Equal Access Accessibility Checker versie {versions['accessibility-checker']}" in text
    assert "02September2026" in (ibm / "achecker.js").read_text(encoding="utf-8")
    assert "regels van 2 september 2026" in text
