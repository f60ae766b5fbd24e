"""Lighthouse (npm, pinned) with Debian's Chromium on five pages of a built site, mobile and desktop.

Installs Lighthouse into bench/.lighthouse/ (git-ignored) on first use, serves the site on 127.0.0.1 and
runs Lighthouse once per page and form factor (served gzip-compressed, as a static host does), performance and accessibility only. Budgets: mobile
performance >= 90, desktop performance >= 95, accessibility 100.

    .venv/bin/python bench/lighthouse.py SITE_DIR            # the real content's pages
    .venv/bin/python bench/lighthouse.py SITE_DIR --out bench/out/lighthouse-real.json

Not part of the tests or CI: a run takes minutes, and its performance scores depend on the machine's load.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from tests.browser.server import _QuietHandler  # noqa: E402

VERSION = "12.2.3"
PREFIX = BENCH / ".lighthouse"
CHROMIUM = "/usr/bin/chromium"
PAGES = {  # label -> path on the real site
    "Home": "",
    "Regio": "midden-holland/",
    "Segment": "midden-holland/segmenten/crisis/",
    "Indicatoren": "indicatoren/",
    "Vergelijken": "vergelijken/",
}
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index")
BUDGET = {"mobile": 90, "desktop": 95}


COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", "/")


class _GzipHandler(_QuietHandler):
    """Static files, gzip-compressed like any static host does (Python's own server never compresses)."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not self.path.split("?")[0].endswith(COMPRESSED) \
                or not os.path.isfile(path):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve_gzip(root: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def ensure_lighthouse() -> Path:
    cli = PREFIX / "node_modules" / ".bin" / "lighthouse"
    if not cli.exists():
        PREFIX.mkdir(exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(PREFIX), f"lighthouse@{VERSION}"],
                       check=True)
    return cli


def run_one(cli: Path, url: str, form_factor: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kw-lighthouse-") as tmp:
        report = Path(tmp) / "report.json"
        args = [str(cli), url, "--quiet", "--output=json", f"--output-path={report}",
                "--only-categories=performance,accessibility",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]
        if form_factor == "desktop":
            args.append("--preset=desktop")
        subprocess.run(args, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300,
                       stdout=subprocess.DEVNULL)
        data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    failed_a11y = sorted(ref["id"] for ref in data["categories"]["accessibility"]["auditRefs"]
                         if ref.get("weight", 0) > 0 and audits[ref["id"]].get("score") not in (None, 1))
    opportunities = sorted(((a.get("details") or {}).get("overallSavingsMs", 0), a["id"]) for a in audits.values()
                           if (a.get("details") or {}).get("type") == "opportunity")[-3:]
    return {
        "performance": round(data["categories"]["performance"]["score"] * 100),
        "accessibility": round(data["categories"]["accessibility"]["score"] * 100),
        "metrics": {m: audits[m]["numericValue"] for m in METRICS if m in audits},
        "failed_accessibility": failed_a11y,
        "top_opportunities": [{"id": ident, "savings_ms": round(ms)} for ms, ident in reversed(opportunities) if ms],
    }


def measure(site: Path, pages: dict[str, str] | None = None) -> dict[str, Any]:
    cli = ensure_lighthouse()
    results: dict[str, Any] = {"version": VERSION, "when": time.strftime("%Y-%m-%d %H:%M"),
                               "load_avg": os.getloadavg()[0], "pages": {}}
    with serve_gzip(site) as base:
        for label, path in (pages or PAGES).items():
            results["pages"][label] = {"path": path}
            for form_factor in ("mobile", "desktop"):
                results["pages"][label][form_factor] = run_one(cli, base + path, form_factor)
                print(f"{label} {form_factor}: {results['pages'][label][form_factor]['performance']} / "
                      f"{results['pages'][label][form_factor]['accessibility']}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "lighthouse-real.json")
    args = parser.parse_args(argv)
    results = measure(args.site)
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"geschreven: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
