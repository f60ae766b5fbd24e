"""Shared fixtures: a small valid corpus written to a temp dir, and one real site build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

import pytest
import yaml
from hypothesis import settings

# CI must give the same answer for the same code, so there property tests use a fixed seed sequence;
# local runs keep exploring new inputs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
SEEDS_ENV = "KADERWIJZER_SEEDS_DIR"
# What a pipeline sets for its build (preview label and base, repository and forge for edit links, the site's
# address, a fixed build date) must not change what the tests see: the CI templates run `bash scripts/test` with
# them set. Cleared here, at import, before any fixture builds a site; a test that needs a state sets it itself.
PIPELINE_ENV_PREFIX = "KADERWIJZER_"
PIPELINE_ENV_NAMES = {"SOURCE_DATE_EPOCH"}


def pipeline_variables(names: Iterable[str]) -> list[str]:
    return sorted(name for name in names
                  if (name.startswith(PIPELINE_ENV_PREFIX) and name != SEEDS_ENV) or name in PIPELINE_ENV_NAMES)


for _name in pipeline_variables(os.environ):
    del os.environ[_name]
# Corpora in temp folders have no `../shared/seeds` next to them: point every load (and CLI run) at the real one.
os.environ.setdefault(SEEDS_ENV, str(SEEDS_DIR))
SEED_MH = "002_81d1b75c1988cf0a.txt"
SEED_NL = "000_1b5d83d4f51f8571.txt"
SOURCE_MH = "mh-kader-bron"  # source documents of the minimal corpus, with the seeds as local copies
SOURCE_NL = "nl-segmenten-bron"
NESTED = {"segment", "section"}


def schema_line(kind: str) -> str:
    prefix = "../../" if kind in NESTED else "../"
    return f"# yaml-language-server: $schema={prefix}schema/{kind}.schema.json\n"


def write_record(data_dir: Path, folder: str, kind: str, name: str, record: dict[str, Any], region: str | None = None) -> Path:
    path = data_dir / folder / (region or "") / f"{name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_line(kind) + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _source(source: str, section: str) -> list[dict[str, str]]:
    return [{"source": source, "section": section}]


def minimal_corpus(data_dir: Path) -> dict[str, Path]:
    """Two sources, two regions, two documents, three segments (two linked), one term."""
    paths = {}
    paths["source-mh"] = write_record(data_dir, "sources", "source", SOURCE_MH, {
        "id": SOURCE_MH, "title": "Kaderdocument Inkoop Wmo en Jeugd 2025", "publishers": ["Regio Midden-Holland"],
        "kind": "kaderdocument", "local_copy": SEED_MH,
        "availability": "Op te vragen bij de regio."})
    paths["source-nl"] = write_record(data_dir, "sources", "source", SOURCE_NL, {
        "id": SOURCE_NL, "title": "Bijlage 2: Overzicht segmenten en doelen", "kind": "bijlage", "date": 2020,
        "url": "https://www.example.org/bijlage-2.pdf", "availability": "Online, zie https://www.example.org/bijlage-2.pdf."})
    paths["region-mh"] = write_record(data_dir, "regions", "region", "midden-holland", {
        "id": "midden-holland", "name": "Midden-Holland", "municipalities": ["Gouda", "Zuidplas"], "municipality_count": 5,
        "summary": "Vijf gemeenten kopen samen in.", "sources": _source(SOURCE_MH, "1 Inleiding")})
    paths["region-nl"] = write_record(data_dir, "regions", "region", "noord-limburg", {
        "id": "noord-limburg", "name": "Noord-Limburg", "municipalities": ["Venray", "Venlo"],
        "summary": "Zeven gemeenten.", "sources": _source(SOURCE_NL, "Bijlage 2")})
    paths["doc-mh"] = write_record(data_dir, "documents", "document", "mh-kader", {
        "id": "mh-kader", "region": "midden-holland", "title": "Kaderdocument Inkoop", "kind": "kaderdocument",
        "status": "vastgesteld", "summary": "Het kader.", "sources": _source(SOURCE_MH, "Voorwoord")})
    paths["doc-nl"] = write_record(data_dir, "documents", "document", "nl-segmenten", {
        "id": "nl-segmenten", "region": "noord-limburg", "title": "Segmenten en doelen", "kind": "bijlage",
        "status": "vastgesteld", "summary": "De segmenten.", "sources": _source(SOURCE_NL, "Bijlage 2")})
    paths["crisis"] = write_record(data_dir, "segments", "segment", "crisis", {
        "id": "crisis", "region": "midden-holland", "document": "mh-kader", "code": "4.2", "name": "Crisis",
        "domains": ["jeugd"], "service_type": "crisis",
        "ambition": "Jeugdigen krijgen zo snel mogelijk crisishulp.",
        "goals": [{"id": "doel-1", "text": "Hulp start binnen 24 uur."},
                  {"id": "doel-2", "text": "Er zijn genoeg crisisplekken."}],
        "indicators": [{"id": "ind-1", "name": "Aantal jeugdigen met crisisinterventie", "direction": "afname", "theme": "aantallen"}],
        "related": ["hulp-bij-het-huishouden"],
        "sources": _source(SOURCE_MH, "Bijlage 4, 4.2 Crisis")}, region="midden-holland")
    paths["hbh"] = write_record(data_dir, "segments", "segment", "hulp-bij-het-huishouden", {
        "id": "hulp-bij-het-huishouden", "region": "midden-holland", "document": "mh-kader", "code": "4.8",
        "name": "Hulp bij het huishouden", "domains": ["wmo"],
        "ambition": "Inwoners krijgen op tijd passende hulp in het huishouden.",
        "goals": [{"id": "doel-1", "text": "Efficiënte en flexibele hulp."}],
        "indicators": [{"id": "ind-1", "name": "Wachttijd", "direction": "afname", "theme": "wachttijd"},
                       {"id": "ind-2", "name": "Tevredenheid", "direction": "toename", "theme": "tevredenheid"}],
        "sources": _source(SOURCE_MH, "Bijlage 4, 4.8")}, region="midden-holland")
    paths["logeren"] = write_record(data_dir, "segments", "segment", "wmo-3b-logeren", {
        "id": "wmo-3b-logeren", "region": "noord-limburg", "document": "nl-segmenten", "code": "3b", "name": "Logeren",
        "domains": ["wmo"], "development_potential": [{"title": "Innovatie", "items": ["Meer lokale logeerplekken."]}],
        "sources": _source(SOURCE_NL, "Tabel 1, 3b")}, region="noord-limburg")
    paths["term"] = write_record(data_dir, "glossary", "term", "wmo", {
        "id": "wmo", "term": "Wet maatschappelijke ondersteuning", "abbreviation": "Wmo",
        "definitions": [{"text": "Wet over ondersteuning thuis.", "region": "midden-holland",
                         "sources": _source(SOURCE_MH, "Bijlage 1")}]})
    return paths


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    minimal_corpus(data)
    return data


@pytest.fixture
def corpus_paths(tmp_path: Path) -> dict[str, Path]:
    return minimal_corpus(tmp_path / "data")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kaderwijzer", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=60)


# The site's builder, as in scripts/build and scripts/serve (README, "Builder"); tests/site/test_builders.py
# checks that MkDocs 1.6 builds the same site.
BUILDER = "properdocs"


def mkdocs_build(site_dir: Path, config: Path | None = None, cwd: Path | None = None,
                 builder: str = BUILDER) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISABLE_MKDOCS_2_WARNING": "true", "NO_MKDOCS_2_WARNING": "true"}
    return subprocess.run([sys.executable, "-m", builder, "build", "--strict", "-f", str(config or ROOT / "mkdocs.yml"),
                           "-d", str(site_dir)], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=600)


def build_with_region(root: Path, region_data: Path) -> Path:
    """The site built in `root/site` from a copy of the project with a fixture region's data added (its
    folders laid over `data/`). The real regions cite local copies in ../shared/seeds, as next to the checkout."""
    project = root / "project"
    for name in ("content", "macros", "overrides", "data"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (root / "shared").symlink_to(ROOT.parent / "shared", target_is_directory=True)
    shutil.copytree(region_data, project / "data", dirs_exist_ok=True)
    site = root / "site"
    result = mkdocs_build(site, config=project / "mkdocs.yml", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if "WARNING" in line] == []
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once per test session with --strict."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [], warnings
    return site


@pytest.fixture(scope="session")
def real_corpus():
    from kaderwijzer import load_corpus
    return load_corpus(ROOT / "data", ROOT / "content")


Factory = Callable[..., Path]


# Fast tests first, then the site build and its checks, the browser suite last: a quick failure shows
# within seconds, and the slowest part never hides it.
_SLOW_STAGES = {"site": 1, "browser": 2}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    def stage(item: pytest.Item) -> int:
        parts = Path(str(item.fspath)).relative_to(ROOT).parts
        return _SLOW_STAGES.get(parts[1], 0) if len(parts) > 2 and parts[0] == "tests" else 0

    items.sort(key=stage)  # stable: the order within a stage stays as collected
