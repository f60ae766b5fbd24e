"""The numbered outline of a source text: its pages, numbered headings and numbered lists.

Works on the plain-text copies of source documents (`kaderwijzer import` writes them with page markers,
older copies have none). A line is a heading only when its number is the next one in the outline
(after 3.2 come 3.2.1, 3.3 or 4), so footnotes, numbered lists and a table of contents do not pass for
headings. `Bijlage N` starts an appendix, whose numbering starts afresh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PAGE_MARKER = "=== pagina {page} ==="
_PAGE = re.compile(r"^=== pagina (\d+) ===$")
_NUMBERED = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?(\d{1,2}(?:\.\d{1,2})*)(\.?)(?:\*\*)?\s+(?:\*\*)?(\S.*?)(?:\*\*)?\s*$")
_CHAPTER = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?hoofdstuk\s+(\d{1,2})[.:]?\s+(\S.*?)(?:\*\*)?\s*$", re.I)
_LONE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})+|\d{1,2}\.)\s*$")  # `2.1` with its title on the next line
_APPENDIX = re.compile(r"^\s*(?:#+\s*)?(?:\*\*)?(Bijlage\s+(?:\d{1,2}|[A-Z]))\b[:.]?\s*(.*?)(?:\*\*)?\s*$")
_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*?)\s*$")
_TOC_TITLE = re.compile(r"^\s*(inhoud|inhoudsopgave)\s*$", re.I)
_DOT_LEADER = re.compile(r"(\.\s?){3,}\s*\d+\s*$|…\s*\d+\s*$")
_FIRST_ITEM = re.compile(r"^[A-Z][\w/-]{2,20}:?\s+(1)[.)]\s+(\S.*?)\s*$")  # `Doelen 1. …`: a labelled list
MAX_TITLE = 110
ITEM_WORDS = 30
LIST_GAP = 60  # lines: a `2.` further than this from item 1 is not that list's next item


@dataclass(frozen=True)
class Heading:
    """A numbered heading: `3.2` (`Versterking Toegang …`), or `Bijlage 4`; within an appendix its
    sub-headings keep their own number and name the appendix."""

    number: str
    title: str
    line: int  # 1-based, in the text
    page: int | None
    appendix: str | None = None

    @property
    def level(self) -> int:
        return 1 if self.number.startswith("Bijlage") else self.number.count(".") + 1

    @property
    def label(self) -> str:
        """`3.2 Versterking Toegang` or `Bijlage 4, 4.1 Gedwongen kader`: how an editor cites it."""
        own = f"{self.number} {self.title}".strip() if self.title else self.number
        return f"{self.appendix}, {own}" if self.appendix and not self.number.startswith("Bijlage") else own

    @property
    def chapter(self) -> str:
        """The top-level part this heading belongs to: `3` or `Bijlage 4`."""
        return self.appendix or self.number.split(".")[0]


@dataclass(frozen=True)
class ListItem:
    """Item N of a numbered list in the body of a heading."""

    number: int
    start: str  # the first words, for the editor to find it again
    line: int
    page: int | None
    heading: Heading | None
    words: str = ""  # the item's text up to the next item or blank line, at most ITEM_WORDS words


@dataclass
class Outline:
    headings: list[Heading] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    pages: int = 0


def _next_numbers(stack: list[int]) -> list[list[int]]:
    """Numbers that may follow `stack`: a first child, or the next at any level (missing parents implied)."""
    options = [stack + [1]] if stack else [[1]]
    for depth in range(len(stack)):
        options.append(stack[:depth] + [stack[depth] + 1])
    return options


def _acceptable(number: list[int], stack: list[int], fresh: bool) -> bool:
    if fresh:  # the first heading of a text or an appendix may start below level 1 (`4.1` in `Bijlage 4`)
        return all(n == 1 for n in number[1:]) and (len(number) > 1 or number[0] == 1)
    for option in _next_numbers(stack):
        if number[: len(option)] == option and all(n == 1 for n in number[len(option):]):
            return True
    return False


def _looks_like_title(title: str, dotted: bool, depth: int) -> bool:
    if len(title) > MAX_TITLE or not title[0].isalpha() or title[0].islower():
        return False
    if depth == 1 and not dotted:  # `2 Ter informatie …` is a footnote; level-1 headings read `2.` (or `2.1`)
        return False
    if depth == 1 and len(title) <= 60 and title.rstrip().endswith(":"):  # `5. Ontwikkelingen en risico's:`
        return True
    return not title.rstrip().endswith((";", ",")) and not re.search(r"[.:]\s*$", title)


def _continued(title: str, following: str) -> str:
    """Join a heading's second line (`Midden-` / `Holland`, `uitgangs-` / `punten`, `… van de` / `regionale inkoop`)."""
    nxt = following.strip()
    if not nxt or len(nxt) > 60 or _NUMBERED.match(nxt) or _PAGE.match(nxt):
        return title
    if title.endswith("-"):
        return title[:-1] + nxt if nxt[0].islower() else title + nxt
    if nxt[0].islower() and not re.search(r"[.:;!?]$", title):
        return f"{title} {nxt}"
    return title


def parse_outline(text: str) -> Outline:
    return _Parser().parse(text.splitlines())


class _Parser:
    """One pass over the lines; see the module docstring for what counts as a heading."""

    def __init__(self) -> None:
        self.outline = Outline()
        self.stack: list[int] = []
        self.fresh = True
        self.appendix: str | None = None
        self.page: int | None = None
        self.current: Heading | None = None
        self.list_next = 1
        self.list_line = 0
        # Headings with nothing but blank lines between them: three or more in a row are an overview
        # (a table of contents inside the text), not the headings themselves.
        self.run: list[Heading] = []
        self.run_stack: tuple[list[int], bool, Heading | None] = ([], True, None)

    def parse(self, lines: list[str]) -> Outline:
        in_toc = False
        for index, raw in enumerate(lines):
            line = raw.strip()
            marker = _PAGE.match(line)
            if marker:
                self.page = int(marker.group(1))
                self.outline.pages = max(self.outline.pages, self.page)
                in_toc = False
                continue
            if not line:
                continue
            if _TOC_TITLE.match(line):
                in_toc = self.page is not None  # without page markers we cannot tell where it ends
                continue
            if in_toc or _DOT_LEADER.search(line):
                continue
            following = next((lines[j] for j in range(index + 1, min(index + 4, len(lines))) if lines[j].strip()), "")
            if self._appendix(line, following, index):
                continue
            if self._heading(line, following, index):
                continue
            self._end_run()
            item = _ITEM.match(line) or _FIRST_ITEM.match(line)
            if item and int(item.group(1)) in (1, self.list_next):
                self._add_item(item, index, lines)
        self._end_run()
        return self.outline

    def _appendix(self, line: str, following: str, index: int) -> bool:
        annex = _APPENDIX.match(line)
        if not annex or len(line) > MAX_TITLE or re.search(r"[.;,]$", annex.group(2)):
            return False
        title = annex.group(2).strip() or following.strip()
        self._end_run()
        self.appendix = " ".join(annex.group(1).split())
        self.current = Heading(self.appendix, _clean(title if len(title) <= MAX_TITLE else ""), index + 1, self.page)
        self.outline.headings.append(self.current)
        self.stack, self.fresh, self.list_next = [], True, 1
        return True

    def _heading(self, line: str, following: str, index: int) -> bool:
        found = _numbered_line(line, following)
        if found is None:
            return False
        label, dotted, title = found
        number = [int(n) for n in label.split(".")]
        if not (_acceptable(number, self.stack, self.fresh) and _looks_like_title(title, dotted, len(number))):
            return False
        near_list = len(number) == 1 and number[0] == self.list_next > 1 and index - self.list_line < LIST_GAP
        if near_list:
            return False
        if not self.run:
            self.run_stack = (list(self.stack), self.fresh, self.current)
        self.current = Heading(label, _clean(title), index + 1, self.page, self.appendix)
        self.outline.headings.append(self.current)
        self.run.append(self.current)
        self.stack, self.fresh, self.list_next = number, False, 1
        return True

    def _end_run(self) -> None:
        if len(self.run) >= 3:
            dropped = set(id(h) for h in self.run)
            self.outline.headings = [h for h in self.outline.headings if id(h) not in dropped]
            self.stack, self.fresh, self.current = self.run_stack
        self.run = []

    def _add_item(self, item: re.Match[str], index: int, lines: list[str]) -> None:
        words = item.group(2).split()
        blank = False
        for later in lines[index + 1:index + 12]:
            if not later.strip():
                if blank:  # a second blank line ends the item; one may separate its extracted lines
                    break
                blank = True
                continue
            if _ITEM.match(later) or _PAGE.match(later.strip()) or _NUMBERED.match(later) or len(words) >= ITEM_WORDS:
                break
            blank = False
            words += later.split()
        number = int(item.group(1))
        self.outline.items.append(ListItem(number, " ".join(words[:8]), index + 1, self.page, self.current,
                                           " ".join(words[:ITEM_WORDS])))
        self.list_next, self.list_line = number + 1, index


def _numbered_line(line: str, following: str) -> tuple[str, bool, str] | None:
    """(number, written with a dot, title) of a line that may be a heading: `2.1 Titel`, `2. Titel`,
    `Hoofdstuk 2 Titel`, or a number alone with its title on the next line."""
    chapter = _CHAPTER.match(line)
    if chapter:
        return chapter.group(1), True, _continued(chapter.group(2), following)
    lone = _LONE_NUMBER.match(line)
    if lone and following.strip() and not _NUMBERED.match(following):
        return lone.group(1).rstrip("."), True, following.strip()
    numbered = _NUMBERED.match(line)
    if numbered:
        return numbered.group(1), bool(numbered.group(2)), _continued(numbered.group(3), following)
    return None


def _clean(title: str) -> str:
    return " ".join(title.replace("**", "").split()).rstrip(" .:")


def page_of_line(text: str, line: int) -> int | None:
    """The page a 1-based line is on, from the page markers before it."""
    page = None
    for raw in text.splitlines()[:line]:
        marker = _PAGE.match(raw.strip())
        if marker:
            page = int(marker.group(1))
    return page
