"""The bad-document matrix: every case with its fixed outcome, shared by the parse, load and upload tests.

Small files live in tests/fixtures/bad/ (made by its make_fixtures.py, committed); large ones are
generated into a temporary folder at test time. An outcome is either an error (``problem``: a
regex the one-line message must match; nothing is written) or a loaded document (``articles``:
the article keys in order, ``chapters``, and a ``warning`` regex when one must be printed).
``http`` is the upload endpoint's status for the case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loaders.reading import MAX_INPUT_BYTES

FIXTURES = Path(__file__).parent / "fixtures" / "bad"
LONG_LINE = 100_000


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # a file in FIXTURES, or the name a generator writes
    problem: str | None = None  # error cases: the message must match this regex
    articles: tuple[str, ...] = ()  # loaded cases: article keys, in order
    chapters: tuple[int, ...] = ()
    warning: str | None = None
    http: int | None = None  # upload status; default 422 for errors, 201 for loaded documents
    upload_problem: str | None = None  # the upload's message when it differs (413, 415)
    generate: Callable[[], bytes] | None = None
    collides: bool = False  # its id already holds a document from another source (load 2, upload 409)

    @property
    def error(self) -> bool:
        return self.problem is not None

    @property
    def status(self) -> int:
        if self.http is not None:
            return self.http
        return 422 if self.error else 201

    def path(self, scratch: Path) -> Path:
        """The file of the case: the committed fixture, or a generated one in ``scratch``."""
        if self.generate is None:
            return FIXTURES / self.file
        target = scratch / self.file
        if not target.exists():
            target.write_bytes(self.generate())
        return target


def _long_clause_line() -> bytes:
    """One article whose body is a single line of 100,000 characters (duties separated by commas)."""
    clause = "县人民政府负责全县河道的巡查和保洁工作，按照有关标准做好河道沿线环境卫生的日常维护，"
    body = (clause * (LONG_LINE // len(clause) + 1))[:LONG_LINE]
    return f"某县河长制工作规定\n第一条 {body}\n第二条 本规定自印发之日起施行。\n".encode()


def _long_article_line() -> bytes:
    """500 articles on one line of 100,000 characters (markers mid-line, after 。)."""
    parts = [f"第{n}条 乡镇人民政府负责本乡镇第{n}段河道的巡查、保洁和问题报告工作。" for n in range(1, 501)]
    line = "".join(parts)
    filler = "河道沿线的界桩编号与坐标附后备查" * LONG_LINE
    line = (line[:-1] + "，" + filler)[: LONG_LINE - 1] + "。"
    return f"某县河道巡查办法\n{line}\n".encode()


def _long_ascii_line() -> bytes:
    return ("某县规定\n第一条 县人民政府负责全县工作。\n第二条 " + "x" * LONG_LINE + "\n").encode()


def _too_large() -> bytes:
    """A valid document padded to one byte above the loader's maximum input size."""
    head = "某县规定\n第一条 县人民政府负责全县工作。\n".encode()
    return head + b" " * (MAX_INPUT_BYTES + 1 - len(head))


RULES = ("a1", "a2", "a3")

CASES: tuple[Case, ...] = (
    # Nothing to read.
    Case("empty", "empty.txt", problem="the document is empty"),
    Case("whitespace-only", "whitespace-only.txt", problem="the document is empty"),
    Case("bom-only", "bom-only.txt", problem="the document is empty"),
    # Not text.
    Case("binary", "binary.txt", problem="looks binary"),
    Case("control-characters-only", "control-characters-only.txt", problem="looks binary"),
    Case("nul-in-text", "nul-in-text.txt", problem="looks binary"),
    Case("utf16-no-bom", "utf16-no-bom.txt", problem="no UTF-16 byte-order mark"),
    # Undecodable.
    Case("truncated-utf8", "truncated-utf8.txt", problem="not valid UTF-8 .*unexpected end of data"),
    Case("damaged-utf8", "damaged-utf8.txt", problem="not valid UTF-8"),
    Case("mixed-utf8-gbk", "mixed-utf8-gbk.txt", problem="not valid UTF-8"),
    Case("latin1", "latin1.txt", problem="not valid UTF-8.*not Chinese"),
    # Decoded encodings.
    Case("gbk", "gbk.txt", articles=RULES),
    Case("gb18030-four-byte", "gb18030-four-byte.txt", articles=(*RULES, "a4")),
    Case("utf8-bom", "utf8-bom.txt", articles=RULES),
    Case("utf16le-bom", "utf16le-bom.txt", articles=RULES),
    Case("utf16be-bom", "utf16be-bom.txt", articles=RULES),
    Case("crlf", "crlf.txt", articles=RULES),
    Case("cr-only", "cr-only.txt", articles=RULES),
    # Web pages.
    Case("html-page", "html-page.txt", problem="HTML page"),
    Case("xhtml-page", "xhtml-page.txt", problem="HTML page"),
    Case("web-page-html-file", "web-page.html", problem="HTML page", http=415, upload_problem="only .txt and .md"),
    # No provisions.
    Case("no-provisions", "no-provisions.txt", problem="no provisions found"),
    Case("references-only", "references-only.txt", problem="no provisions found"),
    Case("headings-only", "headings-only.txt", problem="no provisions found"),
    Case("giant-article-number", "giant-article-number.txt", problem="no provisions found"),
    # Numbering.
    Case(
        "duplicate-article",
        "duplicate-article.txt",
        articles=("a1", "a2", "a3", "a3-1", "a4"),
        warning="第三条 appears again; kept apart with suffix 1",
    ),
    Case(
        "duplicate-with-suffix",
        "duplicate-with-suffix.txt",
        articles=("a1", "a2", "a2-1", "a2-2"),
        warning="第二条 appears again; kept apart with suffix 2",
    ),
    Case("out-of-order", "out-of-order.txt", articles=("a1", "a3", "a2"), warning="out of order"),
    Case("missing-chapter", "missing-chapter.txt", articles=("a1", "a2"), chapters=(1, 3)),
    Case("articles-outside-chapters", "articles-outside-chapters.txt", articles=("a1", "a2"), chapters=(2,)),
    # Characters that must not break a marker.
    Case("zero-width", "zero-width.txt", articles=RULES),
    Case("control-characters", "control-characters.txt", articles=RULES),
    Case("traditional", "traditional.txt", articles=RULES),
    Case("mixed-width-numbers", "mixed-width-numbers.txt", articles=RULES),
    Case("sections", "sections.txt", articles=RULES),
    Case("markdown", "markdown.md", articles=("a1", "a2")),
    # Size.
    Case("long-line-clauses", "long-line-clauses.txt", articles=("a1", "a2"), generate=_long_clause_line),
    Case(
        "long-line-articles",
        "long-line-articles.txt",
        articles=tuple(f"a{n}" for n in range(1, 501)),
        generate=_long_article_line,
    ),
    Case("long-line-ascii", "long-line-ascii.txt", articles=("a1", "a2"), generate=_long_ascii_line),
    Case(
        "too-large",
        "too-large.txt",
        problem=f"above the {MAX_INPUT_BYTES}-byte maximum",
        http=413,
        upload_problem=r"above the \d+-byte maximum",
        generate=_too_large,
    ),
    # Identity.
    Case("collision", "collision.txt", articles=RULES, http=409, collides=True),
)
