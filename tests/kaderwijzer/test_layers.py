"""The package follows the data flow: a module imports only from its own layer or the layers before it.

model <- reading <- review <- editor <- opendata <- site <- cli (the README's layout table in the same order).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "kaderwijzer"
LAYERS = ["model", "reading", "review", "editor", "opendata", "site", "cli"]
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kaderwijzer"):
                targets.add(node.module)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("kaderwijzer"))
        found[_module_name(path)] = targets
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def test_every_module_belongs_to_a_layer():
    loose = [m for m in _imports() if _layer(m) is None and m not in {"kaderwijzer", "kaderwijzer.__main__"}]
    assert loose == [], f"modules outside the layers {LAYERS}: {loose}"


def test_no_import_runs_to_a_later_layer():
    upward = []
    for module, targets in _imports().items():
        own = _layer(module)
        if own is None:
            continue
        for target in targets:
            other = _layer(target)
            if other is not None and LAYERS.index(other) > LAYERS.index(own):
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_two_modules_import_each_other():
    graph = _imports()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            current = todo.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                todo.extend(graph.get(current, ()))
        return False

    cycles = sorted({tuple(sorted((a, b))) for a, targets in graph.items() for b in targets
                     if b != a and b in graph and reaches(b, a)})
    assert cycles == []


def test_no_module_is_over_the_size_limit():
    long = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
