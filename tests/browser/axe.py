"""axe-core as shipped (pinned) by the axe-playwright-python wheel; never fetched at test time."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import axe_playwright_python

AXE_PATH = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_SOURCE = AXE_PATH.read_text(encoding="utf-8")
AXE_VERSION = re.match(r"/\*! axe v(\d+\.\d+\.\d+)", AXE_SOURCE).group(1)  # type: ignore[union-attr]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Runs in the page; returns only what a failure message needs, to keep the round trip small.
RUN_AXE_JS = """
async ({ selector, tags }) => {
  const context = selector ? { include: [[selector]] } : document;
  const result = await axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({ target: n.target.join(" "), summary: n.failureSummary || "" })),
  }));
}
"""


def describe(violations: list[dict[str, Any]], where: str) -> list[str]:
    """One readable line per failing element: where, rule, impact, element, why."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            summary = " ".join(node["summary"].split())[:300]
            lines.append(f"{where}: {violation['id']} ({violation['impact']}) {node['target']} — {summary}")
    return lines
