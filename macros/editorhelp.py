"""Macro for the editors' page: "Foutmeldingen begrijpen", with messages made by the real checks."""

from __future__ import annotations

from typing import Any

from kaderwijzer.editor.errorguide import guide

from .markup import environment as _environment


def error_guide() -> str:
    return _environment().get_template("error_guide.md.j2").render(entries=guide())


def register(env: Any) -> None:
    env.macro(error_guide, "error_guide")
