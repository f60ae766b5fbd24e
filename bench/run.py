"""Benchmark: our data layer against a plain Material build of the same pages (the floor).

For each corpus size: generate a synthetic data/ tree (bench/corpus.py), time load + validate, time the
real `mkdocs build`, capture the Markdown every page ended up with, and time a build of exactly those
pages in the same navigation with the theme and the search plugin only. Every build runs as its own
process; CPU time and peak memory come from that process's rusage, so other load on the machine
shows up in wall time only.

    .venv/bin/python bench/run.py                       # 10, 100, 1000 segments, real content, serve
    .venv/bin/python bench/run.py --sizes 5000          # one size; results of earlier sizes are kept
    .venv/bin/python bench/run.py --report              # only rewrite bench/results.md

Each size writes bench/out/<size>.json; bench/results.md is rebuilt from all of them. Not a test:
pytest never collects this folder.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bench.corpus import generate  # noqa: E402
from bench.pageweight import measure as measure_pages  # noqa: E402
from bench.serve import measure_serve  # noqa: E402
from kaderwijzer.model.sources import default_seeds_dir  # noqa: E402

OUT = BENCH / "out"
PROJECT_PARTS = ("content", "macros", "overrides")
REAL_SEGMENT = "midden-holland/segmenten/crisis/"
REAL_QUERY = "logeren"
# The real query: bench/corpus.py draws words with the real data's frequencies, so it is as rare there.
SYNTHETIC_QUERY = REAL_QUERY
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def _tree_rss_kb(root: int, peaks: dict[str, int] | None = None) -> int:
    """Resident memory of a process and all its descendants together, from /proc (Linux); `peaks` keeps the
    largest resident memory seen per program name (the build's Python, Pagefind)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    names: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                raw = stat.read()
                fields = raw.rsplit(b")", 1)[1].split()
            names[int(entry.name)] = raw.split(b"(", 1)[1].rsplit(b")", 1)[0].decode("utf-8", "replace")
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    tree, todo = set(), [root]
    while todo:
        pid = todo.pop()
        tree.add(pid)
        todo.extend(child for child, parent in parents.items() if parent == pid and child not in tree)
    if peaks is not None:
        for pid in tree:
            name = names.get(pid, "?")
            peaks[name] = max(peaks.get(name, 0), rss.get(pid, 0))
    return sum(rss.get(pid, 0) for pid in tree)


def run_measured(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a process to the end; wall seconds, CPU seconds and peak RSS (MB) of the process and its children.

    `rss_mb` is the largest single process (rusage); `tree_rss_mb` the largest sum over the process and its
    children at one moment (sampled every 0.1 s), which counts Pagefind and MkDocs together while both run.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=cwd, env=env or ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    peak = [0]
    by_program: dict[str, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid, by_program))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.stdout.read().decode("utf-8", "replace")
    done.set()
    sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} mislukte ({proc.returncode}):\n{output[-3000:]}")
    return {"wall": round(wall, 3), "cpu": round(usage.ru_utime + usage.ru_stime, 3), "rss_mb": round(usage.ru_maxrss / 1024, 1),
            "tree_rss_mb": round(max(peak[0], usage.ru_maxrss) / 1024, 1),
            "rss_by_program_mb": {name: round(kb / 1024, 1) for name, kb in sorted(by_program.items())}}


def make_project(target: Path, size: int | None) -> Path:
    """Real content, macros, theme overrides and config; synthetic data (or the real data when size is None)."""
    if target.exists():
        shutil.rmtree(target)
    for name in PROJECT_PARTS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    # As the install script does for the checkout (scripts/_env.sh): where Python may not write bytecode, every
    # build would compile the macros again.
    compileall.compile_dir(target / "macros", quiet=1)
    if size is None:
        shutil.copytree(ROOT / "data", target / "data")
        # The real sources name local copies in ../shared/seeds; validation checks that they exist.
        seeds = target.parent / "shared" / "seeds"
        if not seeds.exists():
            seeds.parent.mkdir(parents=True, exist_ok=True)
            seeds.symlink_to(default_seeds_dir(ROOT / "data"), target_is_directory=True)
    else:
        generate(target / "data", size, ROOT / "data" / "schema", target / "content")
    # The plugin reads page dates from git, as on the real repository: give it one commit.
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run([*git, "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "bench"], cwd=target, check=True)
    return target


def time_load(project: Path, repeat: int = 3) -> dict[str, Any]:
    """load_corpus in a fresh interpreter (imports not counted), best of `repeat`, plus the CLI end to end."""
    code = (
        "import json, sys, time; from pathlib import Path; from kaderwijzer.reading.loader import load_corpus\n"
        "best = None\n"
        f"for _ in range({repeat}):\n"
        "    w, c = time.perf_counter(), time.process_time(); corpus = load_corpus(Path('data'), Path('content'))\n"
        "    run = (time.perf_counter() - w, time.process_time() - c)\n"
        "    best = run if best is None or run[1] < best[1] else best\n"
        "print(json.dumps({'wall': round(best[0], 3), 'cpu': round(best[1], 3), 'files': sum(1 for _ in Path('data').rglob('*.yml'))}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=project, env=ENV, capture_output=True, text=True, check=True)
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    cli = run_measured([sys.executable, "-m", "kaderwijzer", "validate"], project)
    measured["cli_wall"] = cli["wall"]
    return measured


def capture_config(project: Path) -> Path:
    """The real config plus the capture hook (hooks run after all plugins)."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    if "\nhooks:" in text:
        raise NotImplementedError("mkdocs.yml heeft al hooks; voeg capture_hook.py daar toe")
    path = project / "mkdocs-capture.yml"
    path.write_text(text + f"\nhooks:\n  - {BENCH / 'capture_hook.py'}\n", encoding="utf-8")
    return path


def floor_config(project: Path, capture: Path) -> Path:
    """Same theme, features, extensions and nav; pre-rendered pages; only the search plugin."""
    from mkdocs.utils.yaml import get_yaml_loader

    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())
    search = next((p for p in config["plugins"] if p == "search" or isinstance(p, dict) and "search" in p), "search")
    docs = project / "floor-docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(project / config.get("docs_dir", "docs"), docs)
    shutil.copytree(capture / "docs", docs, dirs_exist_ok=True)
    config.update(docs_dir=str(docs), plugins=[search], nav=json.loads((capture / "nav.json").read_text(encoding="utf-8")),
                  strict=False)
    config.pop("hooks", None)
    config["validation"] = {"omitted_files": "info", "absolute_links": "info", "unrecognized_links": "info", "anchors": "info"}
    path = project / "mkdocs-floor.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def site_facts(site: Path, segment_glob: str) -> dict[str, Any]:
    pages = list(site.rglob("*.html"))
    segments = sorted(p.stat().st_size for p in site.glob(segment_glob))
    return {
        "pages": len(pages),
        "site_mb": round(sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6, 1),
        # The theme's search (the floor) writes one index file; Pagefind writes a folder of fragments.
        "search_index_kb": _size_kb(site / "search" / "search_index.json"),
        "pagefind_kb": _size_kb(site / "pagefind"),
        "segment_pages": len(segments),
        "segment_median_kb": round(statistics.median(segments) / 1024, 1) if segments else None,
        "segment_max_kb": round(segments[-1] / 1024, 1) if segments else None,
    }


def _size_kb(path: Path) -> int | None:
    if path.is_file():
        return round(path.stat().st_size / 1024)
    if path.is_dir():
        return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1024)
    return None


def mkdocs(config: Path, site: Path, quiet: bool = True) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", *(["-q"] if quiet else []), "-f", str(config), "-d", str(site)]


def best_of(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the least CPU time (the one least disturbed by other work), plus every sample."""
    best = dict(min(samples, key=lambda sample: sample["cpu"]))
    best["samples_cpu"] = [sample["cpu"] for sample in samples]
    return best


def _first_segment(site: Path) -> str:
    first = sorted(site.glob("*/segmenten/*/index.html"))[0]
    return first.parent.relative_to(site).as_posix() + "/"


def bench_size(size: int | None, work: Path, repeat: int, browser: bool = True, with_floor: bool = True) -> dict[str, Any]:
    label = "real" if size is None else str(size)
    project = make_project(work / label / "project", size)
    result: dict[str, Any] = {"size": label, "when": time.strftime("%Y-%m-%d %H:%M"), "load_avg_start": os.getloadavg()[0]}
    if size is not None:
        result["corpus"] = _counts(project)
    result["load"] = time_load(project)
    print(f"[{label}] load + validate: {result['load']}", flush=True)

    # The floor needs the Markdown our build produces: capture it once, untimed.
    capture = work / label / "capture"
    if with_floor:
        shutil.rmtree(capture, ignore_errors=True)
        run_measured(mkdocs(capture_config(project), work / label / "capture-site"), project,
                     {**ENV, "BENCH_CAPTURE_DIR": str(capture)})
        shutil.rmtree(work / label / "capture-site", ignore_errors=True)
        floor_cfg = floor_config(project, capture)

    # Alternate the two builds, so a busy moment on the machine does not favour one of them.
    site, floor_site = work / label / "site", work / label / "floor-site"
    builds: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []
    for _ in range(repeat):
        builds.append(run_measured(mkdocs(project / "mkdocs.yml", site), project))
        print(f"[{label}] build: {builds[-1]}", flush=True)
        if with_floor:
            floors.append(run_measured(mkdocs(floor_cfg, floor_site), project))
            print(f"[{label}] floor: {floors[-1]}", flush=True)
    result["build"] = {**best_of(builds), **site_facts(site, "*/segmenten/*/index.html")}
    if with_floor:
        result["floor"] = {**best_of(floors), **site_facts(floor_site, "*/segmenten/*/index.html")}
        result["ratio_cpu"] = round(result["build"]["cpu"] / result["floor"]["cpu"], 2)
        result["ratio_wall"] = round(result["build"]["wall"] / result["floor"]["wall"], 2)
    if browser:
        segment = REAL_SEGMENT if size is None else _first_segment(site)
        result["pageweight"] = measure_pages(site, segment, REAL_QUERY if size is None else SYNTHETIC_QUERY)
        print(f"[{label}] page weight: {result['pageweight'].get('first_view', {}).get('bytes')} B", flush=True)
    if size is None or size == 1000:
        result["serve"] = measure_serve(project, edits=5 if size is None else 3)
        print(f"[{label}] serve: {result['serve']}", flush=True)
    result["load_avg_end"] = os.getloadavg()[0]
    for folder in ("site", "floor-site", "capture"):
        shutil.rmtree(work / label / folder, ignore_errors=True)
    return result


def _counts(project: Path) -> dict[str, int]:
    data = project / "data"
    return {folder: sum(1 for _ in (data / folder).rglob("*.yml")) for folder in ("regions", "documents", "sections", "segments", "glossary")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=int, default=[10, 100, 1000])
    parser.add_argument("--no-real", action="store_true", help="skip the real content (build + serve reload)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kaderwijzer-bench"))
    parser.add_argument("--repeat", type=int, default=2, help="builds per variant; the least disturbed one counts")
    parser.add_argument("--no-floor", action="store_true", help="only our build (no capture and floor builds): no ratio")
    parser.add_argument("--no-browser", action="store_true", help="skip page weight and search timing in Chromium")
    parser.add_argument("--report", action="store_true", help="only rebuild bench/results.md from bench/out/")
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    if not args.report:
        runs: list[int | None] = list(args.sizes) + ([] if args.no_real else [None])
        for size in runs:
            result = bench_size(size, args.work, args.repeat, browser=not args.no_browser, with_floor=not args.no_floor)
            (OUT / f"{result['size']}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (BENCH / "results.md").write_text(report.render(OUT), encoding="utf-8")
    print(f"geschreven: {BENCH / 'results.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
