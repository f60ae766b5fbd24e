"""`kaderwijzer diff [BASE [HEAD]]`: the policy diff between two revisions as Dutch Markdown.

BASE defaults to where this branch left `main`, HEAD to the working tree. Each record gets a heading,
a link to its page (on the preview site when its address is known) and one line per change: what
alters meaning first, wording and notes after.
"""

from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kaderwijzer.model.places import document_uri, region_uri, section_uri, segment_uri
from kaderwijzer.review.policydiff import (
    ADDED,
    CHANGED,
    MEANING,
    MOVED,
    REMOVED,
    WORDING,
    FieldChange,
    RecordChange,
    diff_snapshots,
    show,
    snapshot,
)
from kaderwijzer.reading.revisions import BadRevision, GitError, default_base, files_at, files_in_worktree, resolve, top_level
from kaderwijzer.model.places import GLOSSARY_PAGE, page_path

PREVIEW_ENV = ("KADERWIJZER_PREVIEW_URL", "KADERWIJZER_SITE_URL")
WORKTREE = "de werkmap"


@dataclass(frozen=True)
class PolicyDiff:
    base_label: str
    head_label: str
    records: list[RecordChange]
    unreadable: list[str]


def page_of(kind: str, record: BaseModel | None) -> tuple[str, str | None] | None:
    """(page source, anchor) that shows a record, from the record alone (it may be new)."""
    if record is None:
        return None
    get = lambda name: getattr(record, name, None)  # noqa: E731
    if kind == "region":
        return region_uri(get("id")), None
    if kind == "document":
        return document_uri(get("region"), get("id")), None
    if kind == "section":
        return section_uri(get("region"), get("document"), get("id")), None
    if kind == "segment":
        return segment_uri(get("region"), get("id")), None
    if kind == "term":
        return GLOSSARY_PAGE, get("id")
    if kind in ("decisions", "milestones"):
        return document_uri(get("region"), get("document")), None
    return None


def changed_pages(records: list[RecordChange]) -> list[tuple[str, str, str]]:
    """(label, page source, anchor or '') of every page a change shows up on, in diff order, once each."""
    seen: dict[tuple[str, str], str] = {}
    for r in records:
        page = page_of(r.kind, r.record) if r.action != REMOVED else None
        if page and (page[0], page[1] or "") not in seen:
            seen[(page[0], page[1] or "")] = f"{r.noun} {r.title}"
    return [(label, src, anchor) for (src, anchor), label in seen.items()]


# ---- computing ----
def compute(data_dir: Path, base: str | None = None, head: str | None = None) -> PolicyDiff:
    """Raises BadRevision for an unknown revision, GitError outside a repository."""
    data_dir = Path(data_dir).resolve()
    repo = top_level(data_dir)
    data_rel = data_dir.relative_to(repo).as_posix()
    base_sha = resolve(repo, base) if base else default_base(repo)
    old = snapshot(files_at(repo, base_sha, data_rel))
    if head:
        head_sha = resolve(repo, head)
        new = snapshot(files_at(repo, head_sha, data_rel))
        head_label = f"`{head}` (`{head_sha[:7]}`)"
    else:
        new = snapshot(files_in_worktree(data_dir))
        head_label = WORKTREE
    base_label = f"`{base}` (`{base_sha[:7]}`)" if base else f"de aftakking van `main` (`{base_sha[:7]}`)"
    return PolicyDiff(base_label, head_label, diff_snapshots(old, new), new.unreadable)


# ---- Dutch lines ----
def subject(record: RecordChange, where: str) -> str:
    if not where:
        return f"{record.noun} *{record.title}*"
    if "*" in where.split(",")[0]:
        return f"{where} ({record.title})"
    return f"{where} van {record.title}"


def _flat(value: Any) -> str:
    return " ".join(show(value).split())


def _item_text(value: Any) -> str | None:
    text = getattr(value, "text", None) or getattr(value, "definition", None)
    return " ".join(text.split()) if isinstance(text, str) else None


@dataclass(frozen=True)
class Detail:
    """One change as a reader sees it: a sentence, and for text the old and new version and what differs."""

    text: str
    old: str | None = None
    new: str | None = None
    diff: tuple[tuple[str, str], ...] = ()  # (kind, words): kind is `same`, `gap`, `del` or `ins`


def describe(record: RecordChange, change: FieldChange) -> Detail:
    who = subject(record, change.where)
    if change.action == ADDED:
        return Detail(f"{who}: toegevoegd", new=_item_text(change.new))
    if change.action == REMOVED:
        return Detail(f"{who}: verwijderd", old=_item_text(change.old))
    if change.old is None and change.new is None:
        return Detail(f"{who}: {change.label} gewijzigd")
    if change.is_long:
        old, new = _flat(change.old), _flat(change.new)
        both_text = isinstance(change.old, str) and isinstance(change.new, str)
        return Detail(f"{who}: {change.label} gewijzigd", old, new, word_diff(old, new) if both_text else ())
    return Detail(f"{who}: {change.label} {_flat(change.old)} → {_flat(change.new)}")


def moved_detail(record: RecordChange) -> Detail | None:
    if record.action != MOVED or record.old_path == record.new_path:
        return None
    return Detail(f"{record.noun} *{record.title}*: verplaatst van `data/{record.old_path}` naar `data/{record.new_path}`")


def details(record: RecordChange) -> list[Detail]:
    """Meaning first, then wording; a moved record says where from and where to."""
    moved = moved_detail(record)
    ordered = sorted(record.changes, key=lambda c: c.weight != MEANING)
    return ([moved] if moved else []) + [describe(record, c) for c in ordered]


def change_lines(record: RecordChange, change: FieldChange) -> list[str]:
    """One bullet, with the old and new text (and what differs) below it."""
    detail = describe(record, change)
    lines = [f"- {detail.text}"]
    if detail.old is not None:
        lines.append(f"    - Oud: {detail.old}")
    if detail.new is not None:
        lines.append(f"    - Nieuw: {detail.new}")
    if detail.diff:
        lines.append(f"    - Verschil: {diff_markdown(detail.diff)}")
    return lines


def word_diff(old: str, new: str, context: int = 4) -> tuple[tuple[str, str], ...]:
    """The changed words with a little context around them."""
    a, b = old.split(), new.split()
    parts: list[tuple[str, str]] = []
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    last = len(opcodes) - 1
    for i, (tag, a0, a1, b0, b1) in enumerate(opcodes):
        if tag == "equal":
            words = a[a0:a1]
            if len(words) <= 2 * context and 0 < i < last:
                parts.append(("same", " ".join(words)))
                continue
            head = words[:context] if i > 0 else []
            tail = words[-context:] if i < last else []
            if head:
                parts.append(("same", " ".join(head)))
            if len(words) > len(head) + len(tail):
                parts.append(("gap", "…"))
            if tail:
                parts.append(("same", " ".join(tail)))
            continue
        if a1 > a0:
            parts.append(("del", " ".join(a[a0:a1])))
        if b1 > b0:
            parts.append(("ins", " ".join(b[b0:b1])))
    return tuple(parts)


def diff_markdown(parts: tuple[tuple[str, str], ...]) -> str:
    marks = {"del": "~~{}~~", "ins": "**{}**", "same": "{}", "gap": "{}"}
    return " ".join(marks[kind].format(words) for kind, words in parts)


def _record_heading(record: RecordChange, site_url: str | None) -> list[str]:
    what = {ADDED: "nieuw", REMOVED: "verwijderd", CHANGED: "gewijzigd", MOVED: "verplaatst"}[record.action]
    lines = [f"#### {record.noun} *{record.title}* ({what})", ""]
    files = [f"`data/{p}`" for p in dict.fromkeys([record.old_path, record.new_path]) if p]
    where = " → ".join(files)
    page = page_of(record.kind, record.record) if record.action != REMOVED else None
    if page and site_url:
        where += f" · [bekijk de pagina]({site_url.rstrip('/')}/{page_path(*page)})"
    elif page:
        where += f" · pagina `/{page_path(*page)}`"
    lines += [where, ""]
    moved = moved_detail(record)
    if moved:
        lines.append(f"- {moved.text}")
    return lines


def markdown(diff: PolicyDiff, site_url: str | None = None) -> str:
    out = ["## Wijzigingen in het beleid", "",
           f"Vergeleken: {diff.base_label} met {diff.head_label}."]
    if not diff.records:
        out += ["", "Er is niets aan het beleid veranderd."]
    for weight, heading in ((MEANING, "Wat de inhoud verandert"), (WORDING, "Tekst, toelichting en bronnen")):
        block: list[str] = []
        for record in diff.records:
            changes = [c for c in record.changes if c.weight == weight]
            whole = weight == MEANING and record.action in (ADDED, REMOVED, MOVED)
            if not changes and not whole:
                continue
            block += _record_heading(record, site_url)
            for change in changes:
                block += change_lines(record, change)
            block.append("")
        if block:
            out += ["", f"### {heading}", "", *block]
    if diff.unreadable:
        out += ["", "### Niet te lezen", "",
                "Deze bestanden konden niet worden gelezen; `kaderwijzer validate` zegt wat er mis is:", ""]
        out += [f"- `data/{p}`" for p in diff.unreadable]
    return "\n".join(out).rstrip() + "\n"


def preview_url(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    for name in PREVIEW_ENV:
        if os.environ.get(name):
            return os.environ[name]
    return None


def run_diff(data: Path, base: str | None, head: str | None, site_url: str | None) -> int:
    try:
        diff = compute(data, base, head)
    except BadRevision as exc:
        print(f"kaderwijzer diff: onbekende revisie `{exc.revision}`; geef een branch, tag of commit, bv. `main`.",
              file=sys.stderr)
        return 2
    except (GitError, ValueError):
        print(f"kaderwijzer diff: `{data}` staat niet in een git-repository; draai het commando in de repository.",
              file=sys.stderr)
        return 2
    sys.stdout.write(markdown(diff, preview_url(site_url)))
    return 0
