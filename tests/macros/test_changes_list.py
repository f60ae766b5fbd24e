"""The Wijzigingen page lists, under each changed object, what changed field by field."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import markdown

from kaderwijzer.opendata.changes import CHANGED, ChangeDay, ChangedObject, ChangeLog
from kaderwijzer.review.diffreport import Detail
from macros.links import Links
from macros.opendata import OpenDataMacros


def render(log: ChangeLog) -> str:
    links = Links(lambda: SimpleNamespace(file=SimpleNamespace(src_uri="wijzigingen.md")))
    text = OpenDataMacros(SimpleNamespace(changes=log), links).changes_list()
    return markdown.markdown(text, extensions=["attr_list", "admonition", "pymdownx.details"])


def test_details_are_nested_under_the_changed_object_with_removed_and_added_words() -> None:
    crisis = ChangedObject("segment", "crisis", CHANGED, "4.2 Crisis", ("midden-holland/segmenten/crisis.md", None), (
        Detail("Indicator *Wachttijd* (4.2 Crisis): gewenste richting afname → toename"),
        Detail("Doel 2 van 4.2 Crisis: tekst gewijzigd", "Genoeg plekken.", "Meer plekken.",
               (("del", "Genoeg"), ("ins", "Meer"), ("same", "plekken."))),
    ))
    html = render(ChangeLog(days=[ChangeDay(dt.date(2024, 2, 1), "2024-02-01T12:00:00+00:00", [crisis])]))
    assert '<a href="midden-holland/segmenten/crisis.md">4.2 Crisis</a>' in html
    assert "<li>Indicator <em>Wachttijd</em> (4.2 Crisis): gewenste richting afname → toename</li>" in html
    assert "Doel 2 van 4.2 Crisis: tekst gewijzigd: <del>Genoeg</del> <ins>Meer</ins> plekken." in html
    # Nested: the details sit inside the object's list item.
    assert html.index("4.2 Crisis</a>") < html.index("<ul>", html.index("4.2 Crisis</a>")) < html.index("Wachttijd")
