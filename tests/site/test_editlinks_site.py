"""Over a built site: every page links to the file it comes from; a preview says so on every page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kaderwijzer.site.pages import page_specs
from kaderwijzer.model.places import page_path
from tests.conftest import ROOT
from tests.site.html import page

REPO = "https://github.com/gemeente/kaderwijzer"
SITE_URL = "https://kaderwijzer.example/"
EDIT = f"{REPO}/edit/redactie/"
RECORD_FOLDERS = {"segment_page": "segments", "section_page": "sections", "document_page": "documents",
                  "region_page": "regions", "procurement_page": "regions", "print_page": "regions",
                  "source_page": "sources"}


@pytest.fixture(scope="module")
def preview_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("preview") / "site"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KADERWIJZER_")}
    env.update(KADERWIJZER_REPO_URL=REPO, KADERWIJZER_BRANCH="redactie", KADERWIJZER_PREVIEW="#12 (richting)",
               KADERWIJZER_SITE_URL=SITE_URL, KADERWIJZER_PUBLISH="1",
               DISABLE_MKDOCS_2_WARNING="true", NO_MKDOCS_2_WARNING="true")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                             "-d", str(site)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def edit_links(site: Path, url: str) -> list[str]:
    return [a["href"] for a in page(site, url).select("a") if a.get_text(strip=True) == "Deze pagina aanpassen"]


def test_every_generated_page_links_to_its_own_data_file(preview_site: Path, real_corpus) -> None:
    specs = page_specs(real_corpus)
    assert len(specs) > 50
    for spec in specs:
        links = edit_links(preview_site, page_path(spec.src_uri))
        assert len(links) == 1, spec.src_uri
        assert links[0].startswith(EDIT), links[0]
        path = links[0][len(EDIT):]
        assert (ROOT / path).is_file(), path
        assert path.startswith(f"data/{RECORD_FOLDERS[spec.macro]}/") and path.endswith(".yml"), (spec.src_uri, path)
        if spec.macro in ("segment_page", "section_page"):
            assert path.endswith("/" + spec.src_uri.rsplit("/", 1)[1][:-3] + ".yml"), (spec.src_uri, path)


def test_hand_written_pages_link_to_their_markdown(preview_site: Path) -> None:
    for md in sorted((ROOT / "content").glob("*.md")):
        src = md.relative_to(ROOT / "content").as_posix()
        assert edit_links(preview_site, page_path(src)) == [f"{EDIT}content/{src}"], src


def test_preview_is_marked_on_every_page_and_lists_changes_on_home(preview_site: Path) -> None:
    pages = [p for p in preview_site.rglob("index.html") if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]]
    assert len(pages) > 50
    for path in pages:
        text = path.read_text(encoding="utf-8")
        assert "Voorbeeld van wijziging #12 (richting), nog niet gepubliceerd." in text, path
        assert '<meta name="robots" content="noindex">' in text, path
    home = page(preview_site, "")
    assert home.select_one("#kw-voorbeeld") is not None
    assert home.select_one(".md-banner a")["href"] == "./#kw-voorbeeld"


def test_publish_build_carries_its_real_address(preview_site: Path) -> None:
    canonical = page(preview_site, "midden-holland/segmenten/crisis").select_one("link[rel=canonical]")["href"]
    assert canonical == SITE_URL + "midden-holland/segmenten/crisis/"
    assert "127.0.0.1" not in (preview_site / "wijzigingen.xml").read_text(encoding="utf-8")
    assert "127.0.0.1" not in (preview_site / "sitemap.xml").read_text(encoding="utf-8")


def test_without_configuration_there_is_no_edit_link_and_no_banner(built_site: Path) -> None:
    for path in [built_site / "index.html", built_site / "midden-holland/segmenten/crisis/index.html"]:
        text = path.read_text(encoding="utf-8")
        assert "Deze pagina aanpassen" not in text and "nog niet gepubliceerd" not in text
