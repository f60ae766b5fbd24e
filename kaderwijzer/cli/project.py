"""Find the project root (the folder with mkdocs.yml and data/), so the CLI works from any subfolder."""

from __future__ import annotations

from pathlib import Path

MARKERS = ("mkdocs.yml", "data")


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` with mkdocs.yml and data/; else `start` itself if it has data/
    (a checkout of only the data, as some tools use)."""
    for folder in (start, *start.parents):
        if (folder / MARKERS[0]).is_file() and (folder / MARKERS[1]).is_dir():
            return folder
    return start if (start / MARKERS[1]).is_dir() else None


def not_found_message(start: Path) -> str:
    return (f"Geen Kaderwijzer-project gevonden in {start} of een map daarboven (daar staan mkdocs.yml en data/). "
            "Ga naar de hoofdmap van het project en probeer het opnieuw, of geef de map aan met --data.")
