"""MkDocs hook for the benchmark: write every page's final Markdown and the expanded nav to a folder.

Hooks run after all plugins, so `markdown` here is what the macros plugin produced. The floor build
then renders exactly these pages, in exactly this navigation, with the theme alone.
Target folder: the BENCH_CAPTURE_DIR environment variable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

TARGET = Path(os.environ.get("BENCH_CAPTURE_DIR", "bench-capture"))


def on_config(config: Any) -> Any:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "nav.json").write_text(json.dumps(config.nav, ensure_ascii=False), encoding="utf-8")
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    path = TARGET / "docs" / page.file.src_uri
    path.parent.mkdir(parents=True, exist_ok=True)
    # JSON is valid YAML: the front matter comes back exactly as MkDocs read it.
    front = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False, default=str)}" for key, value in page.meta.items())
    path.write_text(f"---\n{front}\n---\n\n{markdown}" if front else markdown, encoding="utf-8")
    return markdown
