"""Macros for the open-data journeys: downloads table, change list and the field reference."""

from __future__ import annotations

from typing import Any

from kaderwijzer.opendata.changes import FEED_NAME, ChangeLog
from kaderwijzer.opendata.export import describe
from kaderwijzer.editor.schemadoc import reference

from .links import Links
from .markup import environment as _environment

DOWNLOADS_DIR = "downloads"
COLLAPSE_AFTER = 12  # longer groups of changes fold away, so a big day does not bury the rest


def size_label(size: int) -> str:
    """Size in kB with a Dutch decimal comma, e.g. `12,3 kB`."""
    return f"{size / 1000:.1f} kB".replace(".", ",")


class OpenDataMacros:
    def __init__(self, plugin: Any, links: Links):
        self.plugin = plugin
        self.links = links
        self.env = _environment()

    def downloads_table(self) -> str:
        sizes: dict[str, int] = self.plugin.downloads.sizes
        rows = []
        for name, size in sizes.items():
            item = describe(name)
            rows.append({"name": name, "format": item.format, "description": item.description, "bytes": size,
                         "size": size_label(size), "href": self.links.asset(f"{DOWNLOADS_DIR}/{name}")})
        return self.env.get_template("downloads_table.html.j2").render(rows=rows, caption="Bestanden om te downloaden")

    def changes_list(self) -> str:
        log: ChangeLog = self.plugin.changes
        days = []
        for day in log.days:
            groups = []
            for action, changes in day.by_action():
                groups.append({
                    "label": action.capitalize(),
                    "collapsed": len(changes) > COLLAPSE_AFTER,
                    "changes": [{"kind": c.kind_label, "title": c.title, "ident": c.ident,
                                 "href": c.page and self.links.md(*c.page),
                                 "details": [{"text": d.text, "diff": d.diff} for d in c.details]} for c in changes],
                })
            days.append({"label": day.label, "anchor": day.anchor, "groups": groups})
        return self.env.get_template("changes_list.md.j2").render(
            feed_href=self.links.asset(FEED_NAME), feed_name=FEED_NAME, problem=log.problem, partial=log.partial,
            days=days)

    def schema_reference(self) -> str:
        tables = reference()
        first_part = next((t.key for t in tables if t.location is None), None)
        return self.env.get_template("schema_reference.md.j2").render(
            tables=[{**t.__dict__, "first_part": t.key == first_part} for t in tables])


def register(env: Any, plugin: Any, links: Links) -> None:
    macros = OpenDataMacros(plugin, links)
    for name in ("downloads_table", "changes_list", "schema_reference"):
        env.macro(getattr(macros, name), name)
