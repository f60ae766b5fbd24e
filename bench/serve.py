"""How long `mkdocs serve` takes to show an edited YAML file: edit, then poll the page until it changes."""

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


def measure_serve(project: Path, edits: int = 5) -> dict[str, Any]:
    """Median and worst time from saving a segment file to the served page showing the change."""
    segment = sorted((project / "data" / "segments").glob("*/*.yml"))[0]
    port = _free_port()
    url = f"http://127.0.0.1:{port}/{segment.parent.name}/segmenten/{segment.stem}/"
    head = segment.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true",
           "KADERWIJZER_SITE_URL": f"http://127.0.0.1:{port}/"}
    log = (project / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        first_build = _wait_for(url, "Kaderwijzer", timeout=300)
        times = []
        for i in range(edits):
            record = yaml.safe_load(segment.read_text(encoding="utf-8"))
            marker = f"Meetpunt{i}x{int(time.time())}"
            record["name"] = f"{record['name']} {marker}"
            time.sleep(1.0)  # let the previous rebuild settle
            segment.write_text(head + yaml.safe_dump(record, allow_unicode=True, sort_keys=False), encoding="utf-8")
            times.append(_wait_for(url, marker, timeout=120))
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return {"first_page_s": round(first_build, 2), "reload_s": [round(t, 2) for t in times],
            "reload_median_s": round(statistics.median(times), 2), "reload_max_s": round(max(times), 2)}
