"""The W3C Nu HTML Checker (npm `vnu-jar`, run with Debian's Java) finds no errors on any built page."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.preview_build import build_preview

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(site: Path) -> list[str]:
    java = shutil.which("java")
    assert java, "Java ontbreekt: installeer Debian's default-jre-headless (scripts/test doet dat)"
    assert VNU_JAR.is_file(), f"vnu.jar ontbreekt ({VNU_JAR}): draai `npm ci` in de hoofdmap van de repository"
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                             str(site)], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in messages
            if m.get("type") in {"error", "non-document-error"}]


def test_nu_html_checker_finds_no_errors_on_any_page(built_site: Path) -> None:
    assert list(built_site.rglob("*.html")), "geen pagina's gebouwd"
    errors = nu_errors(built_site)
    assert errors == [], f"{len(errors)} fouten:\n" + "\n".join(errors[:60])


@pytest.fixture(scope="module")
def preview_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_preview(tmp_path_factory.mktemp("preview-site"))


def test_nu_html_checker_finds_no_errors_on_any_page_of_a_preview_build(preview_site: Path) -> None:
    # The preview banner's link once was `//#kw-voorbeeld` on 404.html: an address without a host.
    assert "kw-preview-banner" in (preview_site / "404.html").read_text(encoding="utf-8")
    errors = nu_errors(preview_site)
    assert errors == [], f"{len(errors)} fouten:\n" + "\n".join(errors[:60])
