"""Structure: 编/章/节 headings, 第N条(之M) articles or 一、 sections, with decoded offsets.

All matching runs on the cleaned :class:`TextView`; offsets are mapped back to the decoded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.reading import TextView

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# At most nine numerals: no article is numbered beyond that, and a longer run (第111…1条) is no marker.
NUMERAL = r"[零〇一二两三四五六七八九十百千\d]{1,9}"

# A heading line: optional markdown hashes or bold, 第N编/章/节, then a short title.
_HEADING = re.compile(
    rf"^[ #*]*第(?P<num>{NUMERAL})(?P<unit>分编|编|章|节)(?:[ :.、]*)(?P<title>[^\n]{{0,40}}?)[ *]*$",
    re.MULTILINE,
)
# An article marker at a line start or right after 。/; (white space may come between).
_ARTICLE = re.compile(
    rf"(?:(?<=\n)|^|(?<=[。;]))(?P<lead>[ #*]*)第(?P<num>{NUMERAL})条(?:之(?P<suffix>{NUMERAL}))?(?P<gap>[ :.*]*)"
)
_SECTION = re.compile(r"^(?P<lead>[ #*]*)(?P<num>[一二三四五六七八九十]+)、(?P<gap> *)", re.MULTILINE)


def chinese_number(token: str) -> int:
    """一百二十三 / 十五 / 3 / 二〇一六-style digit strings → int."""
    if token.isdigit():
        return int(token)
    if all(ch in _DIGITS for ch in token):  # positional digits: 二〇一六
        return int("".join(str(_DIGITS[ch]) for ch in token))
    total, current = 0, 0
    for ch in token:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current


@dataclass
class ChapterSpan:
    seq: int
    number: int
    title: str
    part: str | None
    section: str | None
    start: int  # view offsets
    end: int


@dataclass
class ArticleSpan:
    number: int
    suffix: int | None
    label: str
    chapter_seq: int | None
    start: int  # view offsets of the body (after the marker)
    end: int

    @property
    def key(self) -> str:
        return f"a{self.number}" + (f"-{self.suffix}" if self.suffix else "")


@dataclass
class Structure:
    chapters: list[ChapterSpan] = field(default_factory=list)
    articles: list[ArticleSpan] = field(default_factory=list)
    preamble_end: int = 0  # view offset where the first heading or article begins
    sectioned: bool = False  # made of 一、 sections (no 第X条)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Heading:
    start: int
    end: int
    unit: str
    number: int
    title: str


def parse_structure(view: TextView, body_start: int = 0) -> Structure:
    """Headings and articles at or after ``body_start`` (a markdown info block comes before it)."""
    text = view.text
    headings = [
        _Heading(m.start(), m.end(), m.group("unit"), chinese_number(m.group("num")), _clean_title(m.group("title")))
        for m in _HEADING.finditer(text, body_start)
    ]
    markers = [m for m in _article_markers(text, headings) if m[0] >= body_start]
    structure = Structure()
    if not markers:
        markers = [m for m in _section_markers(text) if m[0] >= body_start]
        structure.sectioned = bool(markers)
    if not markers:
        return structure
    boundaries = sorted([h.start for h in headings] + [m[0] for m in markers] + [len(text)])
    structure.preamble_end = boundaries[0]
    _build_chapters(structure, headings, markers, len(text))
    _build_articles(structure, markers, boundaries, text)
    return structure


def _clean_title(raw: str) -> str:
    return re.sub(r"[\s*#]+", "", raw)


def _article_markers(text: str, headings: list[_Heading]) -> list[tuple[int, int, int, int | None, str]]:
    """(marker start, body start, number, suffix, label); mid-line markers must continue the count."""
    inside_heading = [(h.start, h.end) for h in headings]
    markers: list[tuple[int, int, int, int | None, str]] = []
    for match in _ARTICLE.finditer(text):
        start = match.start() + len(match.group("lead"))
        if any(a <= start < b for a, b in inside_heading):
            continue
        number = chinese_number(match.group("num"))
        suffix = chinese_number(match.group("suffix")) if match.group("suffix") else None
        at_line_start = match.start() == 0 or text[match.start() - 1] == "\n"
        if not at_line_start and not _continues(markers, number, suffix):
            continue
        if at_line_start and not match.group("gap") and _is_reference(text, match.end()):
            continue
        label = text[start : match.end() - len(match.group("gap"))]
        markers.append((start, match.end(), number, suffix, label))
    return markers


def _continues(markers: list[tuple[int, int, int, int | None, str]], number: int, suffix: int | None) -> bool:
    if not markers:
        return number == 1
    previous = markers[-1][2]
    return number == previous + 1 or (suffix is not None and number == previous)


def _is_reference(text: str, body_start: int) -> bool:
    """`第十一条第一款规定` or `第三条所列` at a line start cites an article; it is no marker."""
    return bool(
        re.match(r"(第[零〇一二两三四五六七八九十百千\d]+款|规定|所列|的规定)", text[body_start : body_start + 6])
    )


def _section_markers(text: str) -> list[tuple[int, int, int, int | None, str]]:
    """Top-level 一、二、 sections in running order (a restart would be a sub-list: ignored)."""
    markers: list[tuple[int, int, int, int | None, str]] = []
    for match in _SECTION.finditer(text):
        number = chinese_number(match.group("num"))
        if number != len(markers) + 1:
            continue
        start = match.start() + len(match.group("lead"))
        label = text[start : match.end() - len(match.group("gap"))]
        markers.append((start, match.end(), len(markers) + 1, None, label))
    return markers


def _build_chapters(
    structure: Structure,
    headings: list[_Heading],
    markers: list[tuple[int, int, int, int | None, str]],
    length: int,
) -> None:
    part: str | None = None
    chapter: ChapterSpan | None = None
    for heading in headings:
        if heading.unit in ("编", "分编"):
            part = heading.title
            continue
        if heading.unit == "节":
            if chapter is not None:
                chapter.section = heading.title
            continue
        if chapter is not None:
            chapter.end = heading.start
        chapter = ChapterSpan(
            len(structure.chapters) + 1, heading.number, heading.title, part, None, heading.start, length
        )
        structure.chapters.append(chapter)


def _build_articles(
    structure: Structure,
    markers: list[tuple[int, int, int, int | None, str]],
    boundaries: list[int],
    text: str,
) -> None:
    printed = {(m[2], m[3]) for m in markers}  # a repeated number must not take a printed 之N
    taken: set[tuple[int, int | None]] = set()
    for start, body_start, number, suffix, label in markers:
        end = min(b for b in boundaries if b > start)
        while end > body_start and text[end - 1] in " \n":
            end -= 1
        chapter_seq = next((c.seq for c in reversed(structure.chapters) if c.start <= start), None)
        if (number, suffix) in taken:
            extra = (suffix or 0) * 100 + 1
            while (number, extra) in taken or (number, extra) in printed:
                extra += 1
            structure.warnings.append(f"article {label} appears again; kept apart with suffix {extra}")
            suffix = extra
        taken.add((number, suffix))
        structure.articles.append(ArticleSpan(number, suffix, label, chapter_seq, body_start, end))
    numbers = [m[2] for m in markers]
    if numbers != sorted(numbers):
        structure.warnings.append("article numbers are out of order")
