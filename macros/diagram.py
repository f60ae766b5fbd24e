"""Layout for relation diagrams: nodes on a circle, computed here so the SVG template stays dumb."""

from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH, HEIGHT = 900, 600
NODE_W, NODE_H = 150, 40
LABEL_CHARS = 20


@dataclass(frozen=True)
class Node:
    key: str
    lines: tuple[str, ...]
    x: float
    y: float
    central: bool = False


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float


def _lines(label: str) -> tuple[str, ...]:
    """Split a label over at most two lines of LABEL_CHARS; shorten the rest."""
    words, lines, current = label.split(), [], ""
    for word in words:
        if len(current) + len(word) + 1 > LABEL_CHARS and current:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], (lines[1][: LABEL_CHARS - 1] + "…")]
    return tuple(line if len(line) <= LABEL_CHARS + 2 else line[: LABEL_CHARS - 1] + "…" for line in lines)


def circle_layout(labels: dict[str, str], pairs: list[tuple[str, str]], center: str | None = None) -> tuple[list[Node], list[Edge]]:
    """Place `labels` on a circle (the `center` node in the middle) and connect `pairs`."""
    ring = [k for k in labels if k != center]
    cx, cy = WIDTH / 2, HEIGHT / 2
    rx, ry = WIDTH / 2 - NODE_W / 2 - 10, HEIGHT / 2 - NODE_H / 2 - 10
    positions: dict[str, tuple[float, float]] = {}
    if center is not None:
        positions[center] = (cx, cy)
    for i, key in enumerate(ring):
        # Half a step off vertical, so no two boxes meet where the ellipse is flattest.
        step = 2 * math.pi / max(len(ring), 1)
        angle = -math.pi / 2 + step / 2 + step * i
        positions[key] = (round(cx + rx * math.cos(angle), 1), round(cy + ry * math.sin(angle), 1))
    nodes = [Node(k, _lines(labels[k]), *positions[k], central=(k == center)) for k in labels]
    edges = [Edge(*positions[a], *positions[b]) for a, b in pairs if a in positions and b in positions]
    return nodes, edges
