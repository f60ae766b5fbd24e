"""Optional comparison: the same synthetic corpus built with Sphinx + sphinx-needs, against our `mkdocs build`.

Installs Sphinx and sphinx-needs (pinned below) into their own venv under /tmp, never into the project's.
The corpus is bench/corpus.py's (the one bench/run.py uses); it becomes one reStructuredText page per region,
document, section and segment, every segment a need with its related segments as links, and every region page
a needtable of its segments: the same pages and cross-links our site has. Sphinx builds with `-j 2`.
Builds alternate (ours, Sphinx, ours, Sphinx); the fastest wall time of each counts.

    .venv/bin/python bench/sphinx_needs.py                  # 1,000 segments
    .venv/bin/python bench/sphinx_needs.py --sizes 100 1000

Writes bench/out/sphinx-needs-<size>.json, which bench/report.py adds to bench/results.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from bench import report  # noqa: E402
from bench.run import OUT, make_project, mkdocs, run_measured  # noqa: E402

VENV = Path("/tmp/kaderwijzer-sphinx-needs-venv")
PINS = ("sphinx-needs==9.1.0",)  # sphinx comes with it, at the version it asks for


def _uv() -> str:
    """The project's own uv (scripts/_env.sh installs it in .venv/uv), else one on PATH."""
    own = BENCH.parent / ".venv" / "uv" / "bin" / "uv"
    return str(own) if own.exists() else "uv"


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([_uv(), "venv", "-q", str(VENV), "-p", "python3.11"], check=True)
    subprocess.run([_uv(), "pip", "install", "-q", "-p", str(python), *PINS], check=True)
    return python


def _need_id(segment_id: str) -> str:
    return "S_" + segment_id.upper().replace("-", "_")


def _heading(title: str, mark: str = "=") -> str:
    return f"{title}\n{mark * len(title)}\n"


def _para(text: str) -> str:
    return textwrap.fill(" ".join(str(text).split()), 100) + "\n"


def _bullets(texts: list[str]) -> str:
    items = [textwrap.indent(_para(t), "  ").replace("  ", "- ", 1) for t in texts]
    return "".join(items) + "\n"


def _load(folder: Path) -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.yml"))]


def write_sphinx_project(data: Path, src: Path) -> int:
    """reStructuredText pages for every region, document, section and segment; returns the page count."""
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    (src / "conf.py").write_text(textwrap.dedent("""\
        project = "Kaderwijzer"
        language = "nl"
        extensions = ["sphinx_needs"]
        needs_types = [dict(directive="segment", title="Segment", prefix="S_", color="#BFD8D2", style="node")]
        needs_id_regex = "^S_[A-Z0-9_]+"
        html_theme = "alabaster"
        """), encoding="utf-8")
    regions = _load(data / "regions")
    documents = _load(data / "documents")
    sections = _load(data / "sections")
    segments = _load(data / "segments")
    pages = 1
    (src / "index.rst").write_text(_heading("Kaderwijzer") + "\n.. toctree::\n   :maxdepth: 1\n\n"
                                   + "".join(f"   {r['id']}/index\n" for r in regions), encoding="utf-8")
    for region in regions:
        folder = src / region["id"]
        folder.mkdir()
        docs = [d for d in documents if d["region"] == region["id"]]
        body = [_heading(region["name"]), _para(region["summary"]), _heading("Segmenten", "-"),
                f".. needtable::\n   :filter: '{region['id']}' in tags\n   :columns: id;title\n\n",
                ".. toctree::\n   :maxdepth: 1\n\n" + "".join(f"   {d['id']}/index\n" for d in docs)]
        (folder / "index.rst").write_text("\n".join(body), encoding="utf-8")
        pages += 1
        for doc in docs:
            doc_dir = folder / doc["id"]
            doc_dir.mkdir()
            secs = [s for s in sections if s["document"] == doc["id"]]
            segs = [s for s in segments if s["document"] == doc["id"]]
            (doc_dir / "index.rst").write_text(
                _heading(doc["title"]) + "\n" + _para(doc["summary"]) + "\n.. toctree::\n   :maxdepth: 1\n\n"
                + "".join(f"   {s['id']}\n" for s in secs + segs), encoding="utf-8")
            pages += 1
            for sec in secs:
                groups = "".join(f"\n{_heading(g['title'], '-')}\n" + _bullets(g["items"]) for g in sec.get("groups", []))
                (doc_dir / f"{sec['id']}.rst").write_text(
                    _heading(f"{sec['number']} {sec['title']}") + "\n" + _para(sec["summary"]) + groups, encoding="utf-8")
                pages += 1
            for seg in segs:
                links = ", ".join(_need_id(r) for r in seg.get("related", []))
                indicators = "".join(f"   * - {i['name']}\n     - {i['direction']}\n" for i in seg.get("indicators", []))
                text = [
                    _heading(f"{seg['code']} {seg['name']}"),
                    f".. segment:: {seg['name']}\n   :id: {_need_id(seg['id'])}\n   :tags: {region['id']}\n"
                    + (f"   :links: {links}\n" if links else "") + "\n"
                    + textwrap.indent(_para(seg["ambition"]), "   "),
                    _heading("Doelen", "-"), _bullets([g["text"] for g in seg.get("goals", [])]),
                    _heading("Indicatoren", "-"),
                    ".. list-table::\n   :header-rows: 1\n\n   * - Indicator\n     - Richting\n" + indicators
                    if indicators else "Geen indicatoren.\n",
                    _heading("Doelgroep", "-"), _para(seg["target_group"]),
                    _heading("Omschrijving", "-"), _para(seg["service_description"]),
                ]
                (doc_dir / f"{seg['id']}.rst").write_text("\n".join(text), encoding="utf-8")
                pages += 1
    return pages


def bench_size(size: int, python: Path, work: Path, repeat: int, jobs: int) -> dict[str, Any]:
    project = make_project(work / str(size) / "project", size)
    src = work / str(size) / "sphinx-src"
    pages = write_sphinx_project(project / "data", src)
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(run_measured(mkdocs(project / "mkdocs.yml", work / str(size) / "site"), project))
        print(f"[{size}] kaderwijzer: {ours[-1]}", flush=True)
        out = work / str(size) / "sphinx-out"
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src / "_build", ignore_errors=True)
        theirs.append(run_measured([str(python), "-m", "sphinx", "-q", "-j", str(jobs), "-b", "html", str(src), str(out)],
                                   work / str(size)))
        print(f"[{size}] sphinx-needs -j {jobs}: {theirs[-1]}", flush=True)
    version = subprocess.run([str(python), "-c", "import sphinx, sphinx_needs; print(sphinx.__version__, sphinx_needs.__version__)"],
                             capture_output=True, text=True, check=True).stdout.split()
    best_ours, best_theirs = min(ours, key=lambda r: r["wall"]), min(theirs, key=lambda r: r["wall"])
    shutil.rmtree(work / str(size), ignore_errors=True)
    return {"size": size, "when": time.strftime("%Y-%m-%d %H:%M"), "jobs": jobs, "sphinx_pages": pages,
            "sphinx": version[0], "sphinx_needs": version[1], "ours": best_ours, "theirs": best_theirs,
            "ours_wall": [r["wall"] for r in ours], "theirs_wall": [r["wall"] for r in theirs]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=int, default=[1000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/kaderwijzer-bench-sphinx"))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    python = ensure_venv()
    OUT.mkdir(exist_ok=True)
    for size in args.sizes:
        result = bench_size(size, python, args.work, args.repeat, args.jobs)
        (OUT / f"sphinx-needs-{size}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    (BENCH / "results.md").write_text(report.render(OUT), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
