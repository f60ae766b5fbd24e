"""Edit links lead to the forge's editor for the file behind a page; preview and publish builds are marked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kaderwijzer.site.editlinks import EditLinks, source_file
from kaderwijzer.site.pages import page_specs
from kaderwijzer.site.preview import Preview, add_to_home, publish_problem, read_preview
from tests.conftest import ROOT, minimal_corpus


def test_github_and_gitlab_spell_the_editor_address_their_own_way() -> None:
    github = EditLinks.configure("https://github.com/gemeente/kaderwijzer.git/", "main")
    assert github.url("data/segments/midden-holland/crisis.yml") == \
        "https://github.com/gemeente/kaderwijzer/edit/main/data/segments/midden-holland/crisis.yml"
    gitlab = EditLinks.configure("https://gitlab.com/regio/kaderwijzer", "redactie/2025")
    assert gitlab.url("content/index.md") == "https://gitlab.com/regio/kaderwijzer/-/edit/redactie/2025/content/index.md"
    own = EditLinks.configure("https://git.regio.nl/beleid/kaderwijzer", "", forge="gitlab")
    assert own.url("content/index.md") == "https://git.regio.nl/beleid/kaderwijzer/-/edit/main/content/index.md"


@pytest.mark.parametrize("url", ["", "   ", None, "git@github.com:org/repo.git", "javascript:alert(1)"])
def test_without_a_web_address_there_is_no_link(url: str | None) -> None:
    assert EditLinks.configure(url, "main") is None


def test_generated_pages_point_at_their_yaml_and_hand_written_ones_at_their_markdown(real_corpus) -> None:
    for spec in page_specs(real_corpus):
        path = source_file(spec.src_uri, spec, real_corpus, "data", "content")
        assert path.startswith("data/") and path.endswith(".yml") and (ROOT / path).is_file(), (spec.src_uri, path)
        if spec.macro == "segment_page":
            region, _, name = spec.src_uri.split("/")
            assert path == f"data/segments/{region}/{name[:-3]}.yml"
    assert source_file("bijdragen.md", None, real_corpus, "data", "content") == "content/bijdragen.md"


def test_a_publish_build_refuses_the_local_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KADERWIJZER_PUBLISH", "1")
    monkeypatch.delenv("KADERWIJZER_PREVIEW", raising=False)
    for local in ("http://127.0.0.1:8000/", "http://localhost:8000/", "", None):
        assert "KADERWIJZER_SITE_URL" in publish_problem(local)
    assert publish_problem("https://kaderwijzer.example/") is None
    monkeypatch.setenv("KADERWIJZER_PREVIEW", "#3")
    assert publish_problem("http://127.0.0.1:8000/") is None  # a preview is not published
    monkeypatch.delenv("KADERWIJZER_PUBLISH")
    monkeypatch.delenv("KADERWIJZER_PREVIEW")
    assert publish_problem("http://127.0.0.1:8000/") is None  # local work needs no configuration


def test_publish_build_stops_with_a_dutch_reason_and_writes_nothing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KADERWIJZER_")}
    env.update(KADERWIJZER_PUBLISH="1", DISABLE_MKDOCS_2_WARNING="true", NO_MKDOCS_2_WARNING="true")
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                             "-d", str(site)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode != 0
    assert "het lokale standaardadres" in result.stderr and "KADERWIJZER_SITE_URL" in result.stderr
    assert "Gestopt: er is niets gebouwd" in result.stdout + result.stderr
    assert "Aborted" not in result.stdout + result.stderr and "BuildError" not in result.stdout + result.stderr
    assert not site.exists()


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", "-c", "user.name=R", "-c", "user.email=r@example.org", *args], cwd=repo, env=env,
                   check=True, capture_output=True, timeout=60)


def test_preview_lists_the_pages_its_change_touches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    paths = minimal_corpus(tmp_path / "data")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "start")
    paths["crisis"].write_text(paths["crisis"].read_text(encoding="utf-8").replace("direction: afname", "direction: toename"),
                               encoding="utf-8")
    paths["term"].write_text(paths["term"].read_text(encoding="utf-8").replace("thuis.", "thuis en op het werk."),
                             encoding="utf-8")
    monkeypatch.setenv("KADERWIJZER_PREVIEW", "#12 <b>richting</b>")
    preview = read_preview(tmp_path / "data")
    assert preview.banner == "Voorbeeld van wijziging #12 <b>richting</b>, nog niet gepubliceerd."
    assert preview.pages == [("Segment 4.2 Crisis", "midden-holland/segmenten/crisis.md", ""),
                             ("Begrip Wet maatschappelijke ondersteuning", "begrippen.md", "wmo")]
    home = add_to_home("<h1>Kaderwijzer</h1><p>Welkom</p>", preview)
    assert home.startswith("<h1>Kaderwijzer</h1><div class=\"admonition info kw-preview-changes\">")
    assert '<a href="midden-holland/segmenten/crisis/">Segment 4.2 Crisis</a>' in home
    assert '<a href="begrippen/#wmo">' in home
    assert home.endswith("<p>Welkom</p>")
    monkeypatch.delenv("KADERWIJZER_PREVIEW")
    assert read_preview(tmp_path / "data") is None


def test_preview_without_git_still_says_it_is_a_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    minimal_corpus(tmp_path / "data")
    monkeypatch.setenv("KADERWIJZER_PREVIEW", "#1")
    preview = read_preview(tmp_path / "data")
    assert preview == Preview("#1", None)
    assert "kon bij het bouwen niet worden bepaald" in add_to_home("<h1>x</h1>", preview)
