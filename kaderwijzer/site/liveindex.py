"""Pagefind indexing while MkDocs renders, under `mkdocs serve`: each page goes to Pagefind's service as soon as
it is written, so the search is complete soon after the last page. (`mkdocs build` hands its search copies to
Pagefind's command line after the last page instead: measured, that takes less CPU for the same wall time on two
cores; bench/notes.md.)

Pagefind's Python API (`pagefind.index.PagefindIndex`, package `pagefind` 1.5.2) drives the Pagefind binary in
service mode over a pipe. The binary parses each page on its own threads, so on two cores its work overlaps
MkDocs' rendering instead of following it; after the last page only the bundle is left to write. It is sent
the page's search part only (kaderwijzer/site/searchinput.py), as the command line was sent before.

Two adjustments to the package: its reader waits 0.1 s before every response (ten pages a second at best), so
the reader here reads continuously; and the binary starts with the same small thread stacks and two malloc
arenas as the command line did (kaderwijzer/site/search.py).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Coroutine

from pagefind.index import IndexConfig, PagefindIndex
from pagefind.service import PagefindService

from kaderwijzer.site.searchinput import search_part

# Pages in flight before `add` waits: bounds what the pipe and Pagefind hold at once.
IN_FLIGHT = 64


class _Service(PagefindService):
    failed: str | None = None  # why the binary stopped answering, once it has

    async def launch(self) -> PagefindService:
        self._backend = await asyncio.create_subprocess_exec(
            self._bin, "--service", cwd=os.getcwd(), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT, limit=2**21,
            env={**os.environ, "MALLOC_ARENA_MAX": "2", "RUST_MIN_STACK": str(512 * 1024)})
        self._poll_task = self._loop.create_task(self._wait_for_responses())
        return self

    async def finish(self, timeout: float = 120) -> None:
        """Close the pipe and let the binary exit on its own. Pagefind answers `WriteFiles` while its last
        writes may still be queued (tokio files flush in the background); the package's `close` sends SIGTERM,
        which could cut them off and leave an empty or partial bundle file."""
        assert self._backend.stdin is not None
        self._backend.stdin.close()
        try:
            await asyncio.wait_for(self._backend.wait(), timeout)
        finally:
            self._poll_task.cancel()

    async def send(self, payload: Any) -> Any:
        if not self.failed and self._backend.returncode is not None:
            self.failed = f"Pagefind stopte onverwacht (code {self._backend.returncode})"
        if self.failed:
            raise RuntimeError(self.failed)
        return await super().send(payload)

    async def _wait_for_responses(self) -> None:
        try:
            await self._read_responses()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError) as exc:
            # Pagefind stopped (crashed, killed, out of memory): fail what waits for it instead of hanging.
            self.failed = f"Pagefind stopte onverwacht ({exc.__class__.__name__})"
            for future in self._responses.values():
                if not future.done():
                    future.set_exception(RuntimeError(self.failed))
                    future.exception()  # retrieved: a page whose send already failed has no one waiting
            self._responses.clear()

    async def _read_responses(self) -> None:
        assert self._backend.stdout is not None
        while True:
            output = await self._backend.stdout.readuntil(b",")
            response = json.loads(base64.b64decode(output[:-1]))
            if response is None:
                continue
            message_id = response.get("message_id")
            payload = response["payload"]
            if message_id is None and payload.get("original_message"):
                message_id = json.loads(payload["original_message"]).get("message_id")
            future = self._responses.pop(message_id, None)
            if future is None or future.done():
                continue
            if payload["type"] == "Error":
                future.set_exception(RuntimeError(payload.get("message", "Pagefind-fout")))
            else:
                future.set_result(payload)


class LiveIndex:
    """A Pagefind index that pages are added to one by one, from any thread; `write` finishes the bundle."""

    def __init__(self, exclude_selectors: list[str]) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kaderwijzer-pagefind-service", daemon=True)
        self._thread.start()
        self._pending: list[Future[Any]] = []
        self._slots = threading.Semaphore(IN_FLIGHT)
        self.index: PagefindIndex = self._run(self._start(exclude_selectors)).result()
        self._service: _Service = self.index._service  # type: ignore[assignment]
        self.pages = 0
        self.parts: dict[str, str] = {}  # what was sent, by page: `mkdocs serve` indexes it again after an update

    async def _start(self, exclude_selectors: list[str]) -> PagefindIndex:
        service = await _Service().launch()
        config: IndexConfig = {"exclude_selectors": exclude_selectors}
        return await service.create_index(config)

    def _run(self, coroutine: Coroutine[Any, Any, Any]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop)

    def add(self, dest_uri: str, page_html: str) -> None:
        """Send the page's search part; pages without one stay out of the index, as on the command line."""
        part = search_part(page_html)
        if part is None or self._service.failed:
            return  # a stopped Pagefind is reported once, by `write`
        self.parts[dest_uri] = part
        self._slots.acquire()
        future = self._run(self.index.add_html_file(content=part, source_path=dest_uri))
        future.add_done_callback(lambda _: self._slots.release())
        self._pending.append(future)
        self.pages += 1

    def write(self, bundle: Path) -> None:
        """Wait for every page, write the bundle into `bundle`, stop the service."""
        try:
            errors = [future.exception() for future in self._pending]  # waits for each page
            if self._service.failed or any(errors):
                raise RuntimeError(self._service.failed or next(e for e in errors if e))
            self._run(self.index.write_files(output_path=str(bundle))).result()
            self._run(self._service.finish()).result()
            if self._service._backend.returncode != 0:
                raise RuntimeError(f"Pagefind stopte met code {self._service._backend.returncode}")
        finally:
            self.discard()

    def discard(self) -> None:
        if not self._loop.is_running():
            return
        service = self.index._service
        if service is not None and service._backend.returncode is None:
            try:
                self._run(service.close()).result(timeout=30)
            except Exception:  # already gone: nothing left to stop
                pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()
