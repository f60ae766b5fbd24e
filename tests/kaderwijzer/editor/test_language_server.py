"""What an editor sees in VS Code: the real yaml-language-server (from npm, pinned in package-lock.json)
reads our schemas for a copy of the real data, over stdio, as the YAML extension does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import ROOT, run_cli
from tests.kaderwijzer.editor.lsp_client import LanguageServer

SETTINGS = {"yaml": {"validate": True, "hover": True, "completion": True, "schemaStore": {"enable": False}}}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("editor")
    shutil.copytree(ROOT / "data", root / "data")
    return root / "data"


@pytest.fixture(scope="module")
def server() -> Iterator[LanguageServer]:
    if shutil.which("node") is None:
        pytest.fail("Node.js ontbreekt; installeer het (Debian: apt-get install nodejs npm)")
    ls = LanguageServer(SETTINGS)
    ls.start()
    yield ls
    ls.close()


class Editor:
    """One open document, changed the way typing would change it."""

    def __init__(self, server: LanguageServer, path: Path):
        self.server, self.path, self.version = server, path, 1
        self.text = path.read_text(encoding="utf-8")
        self.uri = server.open(path, self.text)
        self.server.diagnostics(self.uri)

    def set(self, text: str) -> list[dict]:
        self.version += 1
        self.text = text
        self.server.change(self.uri, text, self.version)
        return self.server.diagnostics(self.uri)

    def position(self, needle: str, offset: int = 0) -> dict[str, int]:
        index = self.text.index(needle) + offset
        line = self.text.count("\n", 0, index)
        return {"line": line, "character": index - (self.text.rfind("\n", 0, index) + 1)}

    def hover(self, needle: str) -> str:
        result = self.server.request("textDocument/hover", {"textDocument": {"uri": self.uri},
                                                            "position": self.position(needle, 3)})
        return result["contents"]["value"] if result else ""

    def complete(self, needle: str, offset: int = 0) -> list[dict]:
        result = self.server.request("textDocument/completion", {"textDocument": {"uri": self.uri},
                                                                 "position": self.position(needle, offset)})
        return result["items"] if isinstance(result, dict) else result


def insert_text(item: dict) -> str:
    return item.get("insertText") or item.get("textEdit", {}).get("newText") or ""


@pytest.fixture(scope="module")
def segment(server: LanguageServer, project: Path) -> Editor:
    path = next(p for p in sorted((project / "segments").glob("*/*.yml")) if "\nambition:" in p.read_text("utf-8"))
    return Editor(server, path)


def test_real_file_has_no_problems_and_hover_explains_the_field_itself(segment: Editor) -> None:
    assert segment.set(segment.text) == []
    ambition = segment.hover("\nambition:")
    assert "Ambitie" in ambition and "Wat de regio met dit segment wil bereiken" in ambition
    assert "Tekst in Markdown" not in ambition  # the shared type's text no longer wins
    domains = segment.hover("\ndomains:")
    assert "Verplicht" in domains and "`wmo`, `jeugd`, `participatie` of `beschermd-wonen-mo`" in domains


def test_completion_offers_missing_fields_without_null_and_a_whole_new_file(segment: Editor) -> None:
    original = segment.text
    without = re.sub(r"\nprocurement:.*?(?=\n\S)", "", original, flags=re.S)
    segment.set(without + "\n")
    items = {item["label"]: item for item in segment.complete(without + "\n", len(without) + 1)}
    assert "procurement" in items, sorted(items)
    assert "null" not in insert_text(items["procurement"])
    new_file = next(item for label, item in items.items() if label.startswith("Nieuw: segment"))
    body = insert_text(new_file)
    assert "ambition: >-\n" in body
    stops = re.findall(r"\$\{(\d+)[:|]", body)
    assert stops == [str(n) for n in range(1, len(stops) + 1)], stops  # each tab stop once, in order
    keys = re.findall(r"^([a-z_]+):", body, re.M)
    assert keys[:4] == ["id", "region", "document", "code"] and keys[-1] == "sources"
    segment.set(original)


def test_a_new_list_item_can_be_inserted_whole(segment: Editor) -> None:
    original = segment.text
    start = original.index("\ngoals:\n") + len("\ngoals:\n")
    text = original[:start] + "  - \n" + original[start:]
    segment.set(text)
    items = {item["label"]: item for item in segment.complete("\ngoals:\n  - \n", len("\ngoals:\n  - "))}
    assert "Nieuw: doel" in items, sorted(items)
    assert re.search(r"text: >-\n\s+\$\{2:", insert_text(items["Nieuw: doel"])), insert_text(items["Nieuw: doel"])
    segment.set(original)


def test_choice_values_are_explained_in_completion(segment: Editor) -> None:
    original = segment.text
    text = re.sub(r"\ndirection: \S+", "\ndirection: ", original, count=1)
    if text == original:
        text = re.sub(r"(\n\s+direction: )\S+", r"\1", original, count=1)
    segment.set(text)
    needle = re.search(r"direction: \n", text).group()
    items = {item["label"]: item for item in segment.complete(needle, len("direction: "))}
    assert {"toename", "afname", "stabilisatie"} <= set(items), sorted(items)
    documentation = items["afname"].get("documentation", "")
    documentation = documentation.get("value", "") if isinstance(documentation, dict) else documentation
    assert "omlaag" in documentation
    segment.set(original)


def test_mistakes_get_dutch_messages_in_the_editor(segment: Editor) -> None:
    original = segment.text
    broken = re.sub(r"\nid: \S+", "\nid: Nieuw Segment", original, count=1)
    broken = re.sub(r"(\n\s+direction: )\S+", r"\1omhoog", broken, count=1)
    messages = [d["message"] for d in segment.set(broken)]
    assert any("kleine letters, cijfers en streepjes" in m for m in messages), messages
    assert any(m == "Kies `toename`, `afname` of `stabilisatie`." for m in messages), messages
    segment.set(original)


@pytest.mark.parametrize(("field", "value"), [("code", "no"), ("code", "yes"), ("code", "2024-01-01")])
def test_editor_and_cli_agree_on_yaml_1_1_booleans_and_dates_as_text(
        server: LanguageServer, project: Path, field: str, value: str) -> None:
    # A real segment changed in place: a copy would repeat its source's indicators, which `validate` refuses.
    path = next(p for p in sorted((project / "segments" / "midden-holland").glob("*.yml")))
    original = path.read_text("utf-8")
    text = re.sub(rf"\n{field}: .*", f"\n{field}: {value}", original, count=1)
    path.write_text(text, encoding="utf-8")
    try:
        editor = Editor(server, path)
        assert editor.set(text) == []
        result = run_cli("validate", "--data", str(project))
        assert result.returncode == 0, result.stderr
    finally:
        path.write_text(original, encoding="utf-8")


def test_quoted_and_unquoted_dates_are_accepted_by_both(server: LanguageServer, project: Path) -> None:
    path = next(p for p in sorted((project / "milestones").glob("*.yml")))
    original = path.read_text("utf-8")
    quoted = re.sub(r"\n(\s+)start: (\d{4}-\d{2}-\d{2})", r'\n\1start: "\2"', original, count=1)
    assert quoted != original
    path.write_text(quoted, encoding="utf-8")
    try:
        assert Editor(server, path).set(quoted) == []
        result = run_cli("validate", "--data", str(project))
        assert result.returncode == 0, result.stderr
    finally:
        path.write_text(original, encoding="utf-8")
