"""Page weight and search budgets, measured in headless Chromium (Playwright) on a built site.

For a site folder: bytes of every request of a first view of a segment page (empty cache; uncompressed
bodies, and as a static host that gzips text sends them), the bytes the first query adds (opening search and typing), and the time from the last key press
to the first result under a throttled network (CDP `Network.emulateNetworkConditions`: 40 ms latency,
1.5 MB/s down and up). Every request must go to 127.0.0.1.

    .venv/bin/python bench/pageweight.py SITE_DIR --segment regio-000/segmenten/x/ --query zorg

bench/run.py calls `measure()` on each built site and stores the result with the build figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser.server import serve_directory  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
THROTTLE = {"offline": False, "latency": 40, "downloadThroughput": 1_500_000, "uploadThroughput": 1_500_000}
OPEN_SEARCH = "[data-kw-search-open]"
QUERY_INPUT = "#kw-search-query"
RESULT = "[data-kw-search-results] li"
TYPE_DELAY_MS = 60  # a quick typist


# What GitHub Pages and GitLab Pages send gzip-compressed: text. Pagefind's index, metadata, fragments and
# WebAssembly are gzip files already, served as they are.
HOST_COMPRESSES = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", "/")


def host_bytes(path: str, body: bytes) -> int:
    """Bytes on the wire from a static host that compresses text (gzip, level 6 as nginx and Pages use)."""
    if path.endswith(HOST_COMPRESSES):
        return min(len(body), len(gzip.compress(body, compresslevel=6, mtime=0)))
    return len(body)


class Recorder:
    """Every response of a page, in order, with its uncompressed body size and its size as a host sends it."""

    def __init__(self, page: Any):
        self.responses: list[Any] = []
        page.on("response", lambda response: self.responses.append(response))

    def mark(self) -> int:
        return len(self.responses)

    def since(self, start: int = 0) -> list[dict[str, Any]]:
        rows = []
        for response in self.responses[start:]:
            try:
                body = response.body()
            except Exception:  # redirects and aborted requests have no body
                body = b""
            rows.append({"url": response.url, "status": response.status, "bytes": len(body),
                         "gzip_bytes": host_bytes(urlparse(response.url).path, body), "type": response.request.resource_type})
        return rows


def _summary(rows: list[dict[str, Any]], base: str) -> dict[str, Any]:
    by_type: dict[str, int] = {}
    for row in rows:
        by_type[row["type"]] = by_type.get(row["type"], 0) + row["bytes"]
    foreign = sorted({row["url"] for row in rows if not row["url"].startswith(base) and not row["url"].startswith("data:")})
    biggest = sorted(rows, key=lambda row: -row["bytes"])[:5]
    return {"requests": len(rows), "bytes": sum(row["bytes"] for row in rows),
            "gzip_bytes": sum(row["gzip_bytes"] for row in rows), "by_type": by_type, "foreign": foreign,
            "biggest": [{"path": urlparse(row["url"]).path, "bytes": row["bytes"], "gzip_bytes": row["gzip_bytes"]}
                        for row in biggest],
            "files": [{"path": urlparse(row["url"]).path, "bytes": row["bytes"], "gzip_bytes": row["gzip_bytes"]} for row in rows]}


def _search_present(page: Any) -> bool:
    return page.locator(OPEN_SEARCH).count() > 0 and page.locator(QUERY_INPUT).count() > 0


def _first_query(page: Any, query: str) -> float:
    """Open search, type `query`; milliseconds from the last key press to the first result on screen."""
    page.evaluate("""() => {
        window.__kwFirst = null;
        const list = document.querySelector('[data-kw-search-results]');
        new MutationObserver(() => {
            if (window.__kwFirst === null && list.querySelector('li')) window.__kwFirst = performance.now();
        }).observe(list, {childList: true, subtree: true});
        document.querySelector('#kw-search-query').addEventListener('keydown', () => {
            window.__kwLastKey = performance.now(); window.__kwFirst = null;
        });
    }""")
    page.locator(OPEN_SEARCH).click()
    page.locator(QUERY_INPUT).press_sequentially(query, delay=TYPE_DELAY_MS)
    page.wait_for_selector(RESULT, timeout=30_000)
    page.wait_for_load_state("networkidle")
    return round(page.evaluate("() => window.__kwFirst - window.__kwLastKey"), 1)


def measure(site: Path, segment: str, query: str, throttled_runs: int = 3) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    result: dict[str, Any] = {"segment": segment, "query": query}
    with serve_directory(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            # 1. First view, then the first query, on a fast local network: bytes only.
            context = browser.new_context()
            page = context.new_page()
            recorder = Recorder(page)
            page.goto(base + segment, wait_until="networkidle")
            result["first_view"] = _summary(recorder.since(), base)
            result["search"] = _search_present(page)
            if result["search"]:
                mark = recorder.mark()
                _first_query(page, query)
                result["first_query"] = _summary(recorder.since(mark), base)
                result["results_shown"] = page.locator(RESULT).count()
            context.close()
            # 2. Time to first result on a 4G-like network, each run with an empty cache.
            if result["search"]:
                times = []
                for _ in range(throttled_runs):
                    context = browser.new_context()
                    page = context.new_page()
                    cdp = context.new_cdp_session(page)
                    cdp.send("Network.enable")
                    cdp.send("Network.emulateNetworkConditions", THROTTLE)
                    page.goto(base + segment, wait_until="networkidle")
                    times.append(_first_query(page, query))
                    context.close()
                result["first_result_ms"] = times
                result["first_result_ms_median"] = sorted(times)[len(times) // 2]
        finally:
            browser.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--segment", required=True, help="path of a segment page, e.g. midden-holland/segmenten/crisis/")
    parser.add_argument("--query", default="zorg")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    print(json.dumps(measure(args.site, args.segment, args.query), indent=2))
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
