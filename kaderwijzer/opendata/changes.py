"""What changed in `data/` per date, read from git history, and the Atom feed of it.

Each changed file is mapped to the object it holds (kind + id, via the
loader's layout and the ids the loader read). Per date an object is
`toegevoegd`, `gewijzigd` or `verwijderd`; a changed object says field by
field what changed, from the same diff as `kaderwijzer diff` (the state
before the day's first commit against the day's last). Without git, without commits or
in a shallow clone the log says why there is no (full) history; reading the
history never fails the build.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from kaderwijzer.model.corpus import Corpus
from kaderwijzer.review.diffreport import Detail, details
from kaderwijzer.reading.loader import LAYOUT
from kaderwijzer.model.places import document_uri
from kaderwijzer.review.policydiff import diff_snapshots, snapshot
from kaderwijzer.reading.revisions import GitError, git, read_blobs
from kaderwijzer.model.places import object_page, object_title, page_path

ADDED, CHANGED, REMOVED = "toegevoegd", "gewijzigd", "verwijderd"
ACTIONS = (ADDED, CHANGED, REMOVED)
KIND_LABELS = {
    "source": "Bron",
    "region": "Regio",
    "document": "Document",
    "section": "Hoofdstuk",
    "segment": "Segment",
    "term": "Begrip",
    "decisions": "Besluiten",
    "milestones": "Planning",
}
KIND_ORDER = {kind: i for i, (kind, _) in enumerate(LAYOUT.values())}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")
CHANGES_PAGE = "wijzigingen.md"
FEED_NAME = "wijzigingen.xml"
FEED_ENTRIES = 30
ATOM = "http://www.w3.org/2005/Atom"

NO_GIT = "Er is geen wijzigingsgeschiedenis beschikbaar: deze versie van de site is niet gebouwd vanuit git."
NO_COMMITS = "Er is nog geen wijzigingsgeschiedenis: de gegevens zijn nog niet vastgelegd in git."
SHALLOW = "Er is geen wijzigingsgeschiedenis beschikbaar: bij het bouwen was alleen de laatste versie opgehaald."


@dataclass(frozen=True)
class ChangedObject:
    kind: str
    ident: str
    action: str
    title: str  # the current name, or the id once the object is gone
    page: tuple[str, str | None] | None  # (page source, anchor) while the object exists
    details: tuple[Detail, ...] = ()  # field by field, for a changed object

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class ChangeDay:
    date: dt.date
    updated: str  # ISO 8601 time of the day's last commit, for the feed
    changes: list[ChangedObject]

    @property
    def anchor(self) -> str:
        return f"wijziging-{self.date.isoformat()}"

    @property
    def label(self) -> str:
        return dutch_date(self.date)

    def by_action(self) -> list[tuple[str, list[ChangedObject]]]:
        return [(a, [c for c in self.changes if c.action == a]) for a in ACTIONS if any(c.action == a for c in self.changes)]


@dataclass(frozen=True)
class ChangeLog:
    days: list[ChangeDay] = field(default_factory=list)
    problem: str | None = None  # why there is no history, in Dutch
    partial: bool = False  # shallow clone: older days are missing

    @property
    def available(self) -> bool:
        return self.problem is None


@dataclass
class _Commit:
    sha: str
    date: dt.date
    time: str
    files: list[tuple[str, str]]  # (status letter, path from the repository root)


def dutch_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# ---- reading git ----
_GitUnavailable = GitError


def _git(cwd: Path, *args: str) -> str:
    return git(cwd, *args).decode("utf-8")


def _shallow_commits(cwd: Path) -> set[str]:
    """Commits whose parents were not fetched: git shows them as adding every file."""
    if _git(cwd, "rev-parse", "--is-shallow-repository").strip() != "true":
        return set()
    path = Path(_git(cwd, "rev-parse", "--git-path", "shallow").strip())
    path = path if path.is_absolute() else cwd / path
    return set(path.read_text(encoding="ascii").split()) if path.is_file() else set()


def _parse_log(text: str) -> list[_Commit]:
    commits = []
    for chunk in text.split("\x1e"):
        lines = [line for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        sha, date, time = lines[0].split("\x1f")
        files = [tuple(line.split("\t", 1)) for line in lines[1:] if "\t" in line]
        commits.append(_Commit(sha, dt.date.fromisoformat(date), time, [(s[:1], p) for s, p in files]))
    return commits


def read_commits(data_dir: Path) -> tuple[list[_Commit], str, bool]:
    """Commits touching data_dir, oldest first; the data dir relative to the repo root; shallow or not."""
    data_dir = Path(data_dir).resolve()
    if not data_dir.is_dir():
        raise _GitUnavailable("no data dir")
    top = Path(_git(data_dir, "rev-parse", "--show-toplevel").strip()).resolve()
    rel = data_dir.relative_to(top).as_posix()
    try:
        _git(top, "rev-parse", "--quiet", "--verify", "HEAD")
    except _GitUnavailable:
        return [], rel, False  # a repository without commits yet
    shallow = _shallow_commits(data_dir)
    log = _git(top, "log", "--no-renames", "--name-status", "--date=short",
               "--format=%x1e%H%x1f%cd%x1f%cI", "--", rel)
    commits = [c for c in _parse_log(log) if c.sha not in shallow]
    return list(reversed(commits)), rel, bool(shallow)


# ---- from files to objects ----
class _Objects:
    """Which object a data file holds, with its current name and page."""

    def __init__(self, corpus: Corpus, data_dir: Path):
        self.corpus = corpus
        self.data_dir = Path(data_dir)
        self.by_file = {path: key for key, path in corpus.files.items()}

    def key(self, rel_path: str) -> tuple[str, str] | None:
        parts = PurePosixPath(rel_path).parts
        if not parts or parts[0] not in LAYOUT or not rel_path.endswith(".yml"):
            return None
        kind, nested = LAYOUT[parts[0]]
        if len(parts) != (3 if nested else 2):
            return None
        return self.by_file.get(rel_path, (kind, PurePosixPath(rel_path).stem))

    def describe(self, kind: str, ident: str, rel_path: str, action: str,
                 found: tuple[Detail, ...] = ()) -> ChangedObject:
        if kind in ("decisions", "milestones"):
            # A list file has no id of its own: it belongs to a document and is shown there.
            data = self._read(rel_path)
            doc = self.corpus.documents.get(str(data.get("document")))
            title = str(data.get("title") or ident)
            page = (document_uri(doc.region, doc.id), None) if doc and data else None
            return ChangedObject(kind, ident, action, title, page, found)
        return ChangedObject(kind, ident, action, object_title(self.corpus, kind, ident) or ident,
                             object_page(self.corpus, kind, ident), found)

    def _read(self, rel_path: str) -> dict[str, Any]:
        path = self.data_dir / rel_path
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            return {}
        return data if isinstance(data, dict) else {}


def _commit_actions(commit: _Commit, data_rel: str, objects: _Objects) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, id) -> (action, path) for one commit; a file moved within a commit counts as changed."""
    statuses: dict[tuple[str, str], set[str]] = {}
    paths: dict[tuple[str, str], str] = {}
    prefix = "" if data_rel == "." else data_rel + "/"
    for status, path in commit.files:
        key = objects.key(path[len(prefix):]) if path.startswith(prefix) else None
        if key is None:
            continue
        statuses.setdefault(key, set()).add(status)
        if status != "D" or key not in paths:
            paths[key] = path[len(prefix):]  # prefer the path that still exists after the commit
    result = {}
    for key, found in statuses.items():
        action = ADDED if found == {"A"} else REMOVED if found == {"D"} else CHANGED
        result[key] = (action, paths[key])
    return result


def _net_action(first: str, last: str) -> str | None:
    """What a day of commits did to one object; None if it came and went the same day."""
    if first == ADDED:
        return None if last == REMOVED else ADDED
    if last == REMOVED:
        return REMOVED
    return CHANGED


# Committed history does not change while `mkdocs serve` runs: a day's details, keyed by its commits, are
# read from git once per process instead of on every rebuild (bounded, so a long session stays small).
_DETAILS_CACHE: dict[tuple[str, str, tuple[str, ...], frozenset[str] | None], dict[str, tuple[Detail, ...]]] = {}
_DETAILS_CACHE_SIZE = 512


def _day_details(repo: Path, data_rel: str, commits: list[_Commit], wanted: set[str] | None = None) -> dict[str, tuple[Detail, ...]]:
    """Path under data/ -> what changed in the record of that file over the day, field by field.

    `wanted` (paths under data/): only these files; details are shown for changed objects only, and a
    day that adds a whole corpus would otherwise parse every file twice.
    """
    key = (str(repo), data_rel, tuple(c.sha for c in commits), frozenset(wanted) if wanted is not None else None)
    if key not in _DETAILS_CACHE:
        if len(_DETAILS_CACHE) >= _DETAILS_CACHE_SIZE:
            _DETAILS_CACHE.clear()
        _DETAILS_CACHE[key] = _read_day_details(repo, data_rel, commits, wanted)
    return _DETAILS_CACHE[key]


def _read_day_details(repo: Path, data_rel: str, commits: list[_Commit], wanted: set[str] | None) -> dict[str, tuple[Detail, ...]]:
    prefix = "" if data_rel == "." else data_rel + "/"
    paths = sorted({p for c in commits for _, p in c.files if p.startswith(prefix) and p.endswith(".yml")
                    and (wanted is None or p[len(prefix):] in wanted)})
    if not paths:
        return {}
    before, after = f"{commits[0].sha}~1", commits[-1].sha  # a root commit has no `~1`: read as no files
    texts = read_blobs(repo, [f"{rev}:{p}" for rev in (before, after) for p in paths])
    old = {p[len(prefix):]: t for p, t in zip(paths, texts[:len(paths)]) if t}
    new = {p[len(prefix):]: t for p, t in zip(paths, texts[len(paths):]) if t}
    found = {}
    for record in diff_snapshots(snapshot(old), snapshot(new)):
        for path in {record.old_path, record.new_path} - {None}:
            found[path] = tuple(details(record))
    return found


def group_by_date(commits: list[_Commit], data_rel: str, objects: _Objects, repo: Path | None = None) -> list[ChangeDay]:
    """Commits (oldest first) -> days, newest first; with `repo`, changed objects get their details."""
    days: dict[dt.date, dict[tuple[str, str], list[tuple[str, str]]]] = {}
    updated: dict[dt.date, str] = {}
    by_day: dict[dt.date, list[_Commit]] = {}
    for commit in commits:
        by_day.setdefault(commit.date, []).append(commit)
        per_object = days.setdefault(commit.date, {})
        updated[commit.date] = max(updated.get(commit.date, ""), commit.time)
        for key, action in _commit_actions(commit, data_rel, objects).items():
            per_object.setdefault(key, []).append(action)
    result = []
    for date in sorted(days, reverse=True):
        changes = []
        found: dict[str, tuple[Detail, ...]] = {}
        changed_keys = {key for key, actions in days[date].items() if _net_action(actions[0][0], actions[-1][0]) == CHANGED}
        prefix = "" if data_rel == "." else data_rel + "/"
        changed = {path[len(prefix):] for commit in by_day[date] for _, path in commit.files  # old and new paths of a move
                   if path.startswith(prefix) and objects.key(path[len(prefix):]) in changed_keys}
        if repo is not None and changed:
            try:
                found = _day_details(repo, data_rel, by_day[date], changed)
            except GitError:
                found = {}  # history without details is still history
        for (kind, ident), actions in days[date].items():
            action = _net_action(actions[0][0], actions[-1][0])
            if action is not None:
                extra = found.get(actions[-1][1], ()) if action == CHANGED else ()
                changes.append(objects.describe(kind, ident, actions[-1][1], action, extra))
        if changes:
            changes.sort(key=lambda c: (ACTIONS.index(c.action), KIND_ORDER[c.kind], c.title.casefold()))
            result.append(ChangeDay(date, updated[date], changes))
    return result


def read_changes(data_dir: Path, corpus: Corpus) -> ChangeLog:
    """The change log of data_dir; never raises for a missing or incomplete git history."""
    try:
        commits, data_rel, shallow = read_commits(data_dir)
        top = Path(_git(Path(data_dir).resolve(), "rev-parse", "--show-toplevel").strip())
    except (_GitUnavailable, ValueError, OSError):
        return ChangeLog(problem=NO_GIT)
    days = group_by_date(commits, data_rel, _Objects(corpus, data_dir), top)
    if not days:
        return ChangeLog(problem=SHALLOW if shallow else NO_COMMITS)
    return ChangeLog(days=days, partial=shallow)


# ---- the Atom feed ----
def _absolute(site_url: str, src_uri: str, anchor: str | None = None) -> str:
    return site_url.rstrip("/") + "/" + page_path(src_uri, anchor)


def _entry_html(day: ChangeDay, site_url: str) -> str:
    # Built with ElementTree too, so titles are escaped; the feed carries it as escaped text.
    root = ET.Element("div")
    for action, changes in day.by_action():
        ET.SubElement(root, "p").text = action.capitalize() + ":"
        ul = ET.SubElement(root, "ul")
        for change in changes:
            li = ET.SubElement(ul, "li")
            li.text = f"{change.kind_label} "
            if change.page:
                a = ET.SubElement(li, "a", href=_absolute(site_url, *change.page))
                a.text = change.title
            else:
                ET.SubElement(li, "span").text = change.title
            if change.details:
                sub = ET.SubElement(li, "ul")
                for detail in change.details:
                    ET.SubElement(sub, "li").text = detail.text.replace("*", "").replace("`", "")
    return ET.tostring(root, encoding="unicode", method="html")


def atom_feed(log: ChangeLog, site_url: str, site_name: str = "Kaderwijzer", now: dt.datetime | None = None) -> bytes:
    """Atom 1.0 feed: one entry per date, newest first; entry ids stay the same between builds."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    page = _absolute(site_url, CHANGES_PAGE)
    days = log.days[:FEED_ENTRIES]
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "nl"})
    sub(feed, "id", page)
    sub(feed, "title", f"{site_name}: wijzigingen in de gegevens")
    sub(feed, "subtitle", "Welke regio's, documenten, hoofdstukken, segmenten en begrippen zijn toegevoegd, gewijzigd of verwijderd.")
    sub(feed, "link", rel="alternate", type="text/html", href=page)
    sub(feed, "link", rel="self", type="application/atom+xml", href=site_url.rstrip("/") + "/" + FEED_NAME)
    updated = days[0].updated if days else (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
    sub(feed, "updated", updated)
    author = sub(feed, "author")
    sub(author, "name", site_name)
    for day in days:
        entry = sub(feed, "entry")
        counts = ", ".join(f"{len(changes)} {action}" for action, changes in day.by_action())
        sub(entry, "id", _absolute(site_url, CHANGES_PAGE, day.anchor))
        sub(entry, "title", f"Wijzigingen op {day.label} ({counts})")
        sub(entry, "link", rel="alternate", type="text/html", href=_absolute(site_url, CHANGES_PAGE, day.anchor))
        sub(entry, "updated", day.updated)
        sub(entry, "content", _entry_html(day, site_url), type="html")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
