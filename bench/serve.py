"""How long `mkdocs serve` takes to show an edited YAML file: edit, then poll until it shows.

Two kinds of save. A rename (the segment's `name`), which every page's navigation shows: three times per
save, until the segment's own page shows the edit, until the overview of all segments (`/segmenten/`) shows
it, and until the server logs that the whole site (navigation and search included) is complete again
(kaderwijzer/site/incremental.py). Then a text edit (a field only the record's pages show): until its page
shows it and until the site is complete again.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml



def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, marker: str | None, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _get(url)
        if body is not None and (marker is None or marker in body):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{url} toonde {marker!r} niet binnen {timeout} s")


COMPLETE_LINE = "De site is weer volledig bijgewerkt"
TEXT_FIELDS = ("service_description", "target_group", "ambition", "description")  # shown on the record's pages only


def _wait_for_log(log_path: Path, count: int, start: float, timeout: float) -> float:
    """Seconds from `start` until the serve log holds the `count`-th "site complete" line."""
    while time.perf_counter() - start < timeout:
        if log_path.read_text(encoding="utf-8", errors="replace").count(COMPLETE_LINE) >= count:
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"de server meldde niet binnen {timeout} s dat de site volledig is")


def measure_serve(project: Path, edits: int = 5) -> dict[str, Any]:
    """Median and worst time from saving a segment file to its page, an overview and the whole site showing it."""
    segment = sorted((project / "data" / "segments").glob("*/*.yml"))[0]
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{segment.parent.name}/segmenten/{segment.stem}/"
    overview = f"http://127.0.0.1:{port}/segmenten/"
    head = segment.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
           "KADERWIJZER_SITE_URL": f"http://127.0.0.1:{port}/"}
    log_path = project / "serve.log"
    log = log_path.open("wb")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        first_build = _wait_for(url, "Kaderwijzer", timeout=300)
        times, overview_times, complete_times = [], [], []
        for i in range(edits):
            record = yaml.safe_load(segment.read_text(encoding="utf-8"))
            marker = f"Meetpunt{i}x{int(time.time())}"
            record["name"] = f"{record['name']} {marker}"
            time.sleep(1.0)  # let the previous rebuild settle
            segment.write_text(head + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
            saved = time.perf_counter()
            times.append(_wait_for(url, marker, timeout=120))
            overview_times.append(time.perf_counter() - saved + _wait_for(overview, marker, timeout=300))
            complete_times.append(_wait_for_log(log_path, i + 1, saved, timeout=600))
        text_times, text_complete_times = [], []
        for i in range(edits):
            record = yaml.safe_load(segment.read_text(encoding="utf-8"))
            field = next(key for key in TEXT_FIELDS if isinstance(record.get(key), str))
            marker = f"Tekstpunt{i}x{int(time.time())}"
            record[field] = f"{record[field]} {marker}"
            time.sleep(1.0)
            segment.write_text(head + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
            saved = time.perf_counter()
            text_times.append(_wait_for(url, marker, timeout=120))
            text_complete_times.append(_wait_for_log(log_path, edits + i + 1, saved, timeout=600))
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return {"first_page_s": round(first_build, 2), "reload_s": [round(t, 2) for t in times],
            "reload_median_s": round(statistics.median(times), 2), "reload_max_s": round(max(times), 2),
            "overview_s": [round(t, 2) for t in overview_times], "overview_median_s": round(statistics.median(overview_times), 2),
            "complete_s": [round(t, 2) for t in complete_times], "complete_median_s": round(statistics.median(complete_times), 2),
            "text_reload_s": [round(t, 2) for t in text_times], "text_reload_median_s": round(statistics.median(text_times), 2),
            "text_complete_s": [round(t, 2) for t in text_complete_times],
            "text_complete_median_s": round(statistics.median(text_complete_times), 2)}


if __name__ == "__main__":  # python bench/serve.py PROJECT: the real content or a generated one (bench/run.py)
    import json

    print(json.dumps(measure_serve(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5), indent=2))
