"""HTML_CodeSniffer, the second checker next to axe-core: its WCAG2AA errors, from the npm package (`npm ci`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HTMLCS_PATH = ROOT / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"
if not HTMLCS_PATH.is_file():
    raise FileNotFoundError(f"HTML_CodeSniffer ontbreekt ({HTMLCS_PATH}): draai `npm ci` in de hoofdmap van de repository")
HTMLCS_SOURCE = HTMLCS_PATH.read_text(encoding="utf-8")

# Runs in the page; only errors count (warnings and notices ask for a human's judgement).
RUN_HTMLCS_JS = """
() => new Promise(resolve => {
  const done = () => resolve(HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR).map(m => ({
    code: m.code, msg: m.msg,
    element: m.element && m.element.outerHTML ? m.element.outerHTML.slice(0, 160) : String(m.element),
  })));
  HTMLCS.process("WCAG2AA", document, done, () => resolve([{ code: "HTMLCS", msg: "kon niet draaien", element: "" }]), "en");
})
"""


def describe_htmlcs(messages: list[dict[str, Any]], where: str) -> list[str]:
    return [f"{where}: {m['code']} — {' '.join(m['msg'].split())[:200]} — {m['element']}" for m in messages]
