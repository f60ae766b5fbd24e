"""Our site from each builder: ProperDocs (ours, README "Builder"), MkDocs 1.6, and any plain builder.

- The session's site (tests/conftest.py) is built by ProperDocs, the continuation of MkDocs 1.x. MkDocs 1.6
  builds the project unchanged into the same files, except the `<meta name="generator">` line of each page,
  which names the builder.
- `kaderwijzer render`, a build by plain MkDocs 1.6 with none of our plugins (nor mkdocs-macros), and
  `kaderwijzer postbuild` give the same site as the normal build. Every page and every other file is byte for
  byte the same, with two exceptions: the generator line again, and the sitemap (`sitemap.xml`,
  `sitemap.xml.gz`) and Material's tag index (`tags.json`), which list the same entries in another order
  (a builder lists pages in the order of its files: the plugin adds the generated pages after the hand-written
  ones, the plain build reads them all from disk in path order).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, mkdocs_build, run_cli

GENERATOR = re.compile(r'<meta name="generator" content="([^"]*)">')
SAME_ENTRIES = {"sitemap.xml", "sitemap.xml.gz", "tags.json"}


def _files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def _sitemap_entries(text: str) -> list[str]:
    return sorted(re.findall(r"<url>.*?</url>", text, re.S))


def _tag_entries(data: bytes) -> dict:
    def canonical(value):  # the same lists, whatever their order
        if isinstance(value, list):
            return sorted((canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in value.items()}
        return value
    return canonical(json.loads(data))


def _same_apart_from_generator(name: str, ours: bytes, theirs: bytes, builder: str) -> None:
    assert name.endswith(".html"), f"{name} verschilt"
    assert builder in GENERATOR.search(theirs.decode()).group(1)
    assert GENERATOR.sub("", ours.decode()) == GENERATOR.sub("", theirs.decode()), f"{name} verschilt buiten de generator-regel"


def test_the_site_is_built_by_properdocs(built_site: Path) -> None:
    assert "ProperDocs" in GENERATOR.search((built_site / "index.html").read_text(encoding="utf-8")).group(1)


def test_mkdocs_builds_the_same_site_apart_from_the_generator_line(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = mkdocs_build(site, builder="mkdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    properdocs, mkdocs = _files(built_site), _files(site)
    assert sorted(mkdocs) == sorted(properdocs)
    pages = 0
    for name, expected in properdocs.items():
        if expected != mkdocs[name]:
            _same_apart_from_generator(name, expected, mkdocs[name], "mkdocs-1.6")
            pages += 1
    assert pages > 100  # every page names its builder, so the comparison really saw MkDocs' pages


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rendered")
    result = run_cli("render", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_rendered_pages_need_no_plugin_of_ours_and_no_macros(rendered: Path) -> None:
    config = yaml.safe_load((rendered / "mkdocs.yml").read_text(encoding="utf-8"))
    names = {next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]}
    assert names <= {"tags", "redirects"}  # Material's tags and mkdocs-redirects: the site's own features
    assert "@regions" not in json.dumps(config["nav"]) and "bno-o/index.md" in json.dumps(config["nav"])
    pages = list((rendered / "docs").rglob("*.md"))
    assert len(pages) > 100
    left = [p.relative_to(rendered).as_posix() for p in pages if "{{" in p.read_text(encoding="utf-8")]
    assert left == []  # every macro is rendered, footer included


def test_render_then_plain_mkdocs_then_postbuild_gives_the_same_site(built_site: Path, rendered: Path,
                                                                    tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = mkdocs_build(site, config=rendered / "mkdocs.yml", cwd=rendered, builder="mkdocs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    result = run_cli("postbuild", str(site))
    assert result.returncode == 0, result.stdout + result.stderr

    normal, plain = _files(built_site), _files(site)
    assert sorted(plain) == sorted(normal)
    differ = sorted(name for name in normal if normal[name] != plain[name] and name not in SAME_ENTRIES)
    for name in differ:
        _same_apart_from_generator(name, normal[name], plain[name], "mkdocs-1.6")
    assert _sitemap_entries(plain["sitemap.xml"].decode()) == _sitemap_entries(normal["sitemap.xml"].decode())
    assert gzip.decompress(plain["sitemap.xml.gz"]) == plain["sitemap.xml"]
    assert _tag_entries(plain["tags.json"]) == _tag_entries(normal["tags.json"])
    # The post-build step did its work: glossary links, the search index, downloads and the feed are there.
    assert 'class="kw-term"' in plain["bno-o/index.html"].decode()
    assert any(name.startswith("pagefind/fragment/") for name in plain)
    assert "wijzigingen.xml" in plain and any(name.startswith("downloads/") for name in plain)


def test_postbuild_refuses_a_site_not_built_from_rendered_pages(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = run_cli("postbuild", str(site))
    assert result.returncode == 2 and "bestaat niet" in result.stderr
    # The normal build is finished already: finishing it twice would link terms twice and prune pruned CSS.
    shutil.copytree(built_site, site)
    result = run_cli("postbuild", str(site))
    assert result.returncode == 1
    assert "kaderwijzer render" in result.stderr and "Traceback" not in result.stderr
    assert _files(site) == _files(built_site)  # nothing written


def test_render_names_the_page_whose_macros_fail(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for name in ("content", "macros", "overrides", "data"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "content" / "privacy.md").write_text("# Privacy\n\n{{ onbekende_macro() }}\n", encoding="utf-8")
    result = run_cli("render", str(tmp_path / "out"), cwd=project)
    assert result.returncode == 1
    assert "content/privacy.md" in result.stderr and "onbekende_macro" in result.stderr
    assert "Traceback" not in result.stderr
