"""A minimal Language Server Protocol client over stdio, enough to ask yaml-language-server what an editor sees."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

SERVER = ROOT / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
# The exact command the test fixture (and CI) uses to install the npm test tools from the lock.
NPM_INSTALL = ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"]


def ensure_server() -> Path:
    """Install the pinned language server from package-lock.json when node_modules lacks it."""
    if not SERVER.is_file():
        subprocess.run(NPM_INSTALL, cwd=ROOT, check=True, timeout=600)
    return SERVER


class LanguageServer:
    def __init__(self, settings: dict[str, Any]):
        self.proc = subprocess.Popen(["node", str(ensure_server()), "--stdio"], cwd=ROOT, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.settings = settings
        self.next_id = 0
        self.responses: dict[int, Any] = {}
        self.notifications: queue.Queue[dict[str, Any]] = queue.Queue()
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(out.read(length))
            if "id" in message and "method" in message:  # a request from the server
                self._answer(message)
            elif "id" in message:
                with self.lock:
                    self.responses[message["id"]] = message
                    self.lock.notify_all()
            else:
                self.notifications.put(message)

    def _answer(self, request: dict[str, Any]) -> None:
        result: Any = None
        if request["method"] == "workspace/configuration":
            result = [self.settings.get(item.get("section", ""), None) for item in request["params"]["items"]]
        self._send({"id": request["id"], "result": result})

    def request(self, method: str, params: dict[str, Any], timeout: float = 60) -> Any:
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self.lock:
            while ident not in self.responses:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{method}: geen antwoord van yaml-language-server")
                self.lock.wait(left)
        response = self.responses.pop(ident)
        assert "error" not in response, response
        return response["result"]

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def diagnostics(self, uri: str, timeout: float = 60) -> list[dict[str, Any]]:
        """The next diagnostics the server publishes for `uri`."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.notifications.get(timeout=max(0.1, deadline - time.monotonic()))
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]["diagnostics"]

    def start(self) -> None:
        self.request("initialize", {
            "processId": None, "rootUri": ROOT.as_uri(),
            "capabilities": {"textDocument": {
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "completion": {"completionItem": {"snippetSupport": True, "documentationFormat": ["markdown"]}},
                "publishDiagnostics": {}}, "workspace": {"configuration": True}},
            "initializationOptions": {}})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def open(self, path: Path, text: str, version: int = 1) -> str:
        uri = path.resolve().as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": version,
                                                              "text": text}})
        return uri

    def change(self, uri: str, text: str, version: int) -> None:
        self.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                               "contentChanges": [{"text": text}]})

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - the server is going away either way
            self.proc.kill()
