"""Hypothesis fuzz test of the parser: whatever comes in, only InputError escapes, and every span holds.

Two kinds of input: random text and bytes, and structured documents assembled from the genre's
markers (第X条/第X章/一、/（一）, organ names, trigger verbs) with zero-width and control
characters, CR/LF/CRLF, full-width digits, byte-order marks and markdown decoration mixed in.
Examples per test are set below (8,100 in all, well under a minute on a CI machine);
``FUZZ_SCALE`` multiplies them for a longer run (``FUZZ_SCALE=10 pytest tests/unit/test_fuzz_parser.py``).
"""

from __future__ import annotations

import codecs
import os
import re

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from graph.errors import InputError
from graph.model import DocumentGraph
from loaders.pipeline import parse_bytes, parse_text
from loaders.reading import decode_bytes

SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def budget(examples: int) -> settings:
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "二十", "一百零一", "〇", "两"]
DIGITS = ["1", "2", "3", "10", "１", "２", "３", "１０", "0", "99999999999999999999"]
ORGANS = [
    "县人民政府",
    "县级党委和政府",
    "省委、省政府",
    "乡（镇）党委和政府",
    "市级党委和政府主要负责人",
    "县纪委监委",
    "审计机关",
    "财政部门",
    "村党组织书记",
    "各级扶贫开发领导小组",
    "中央和国家机关各部门",
    "河长",
]
VERBS = [
    "负责",
    "负总责",
    "承担主体责任",
    "是第一责任人",
    "应当",
    "可以",
    "对资金使用进行监督检查",
    "指导",
    "帮扶",
    "每年向省委报告工作",
    "签署责任书",
    "督促",
    "审计",
    "依纪依法追究责任",
    "给予处分",
    "负责解释",
    "，",
    "、",
    "和",
    "的",
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
CONTROLS = ["\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", " ", "\u3000", "\t", "\u2028", "\x85"]
PUNCT = [
    "。",
    "；",
    ";",
    "：",
    ":",
    "、",
    "（",
    "）",
    "(",
    ")",
    "《",
    "》",
    "“",
    "”",
    "*",
    "#",
    "**",
    "<!-- INFO END -->",
]


def _number() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NUMERALS), st.sampled_from(DIGITS), st.integers(1, 300).map(str))


def _marker() -> st.SearchStrategy[str]:
    """第N条(之M), 第N章/节/编 headings, 一、 sections, （一） and 1. items."""
    article = st.builds(
        lambda n, suffix, gap: f"第{n}条" + (f"之{suffix}" if suffix else "") + gap,
        _number(),
        st.one_of(st.none(), st.sampled_from(["一", "二", "1"])),
        st.sampled_from(["", " ", "　", "：", "**", " 规定", "第一款"]),
    )
    heading = st.builds(
        lambda n, unit, title: f"第{n}{unit} {title}",
        _number(),
        st.sampled_from(["章", "节", "编", "分编"]),
        st.sampled_from(["总则", "职责", "附则", "", "监督 考核"]),
    )
    section = st.builds(lambda n, sep: f"{n}{sep}", st.sampled_from(NUMERALS[:12]), st.sampled_from(["、", "，", "."]))
    item = st.builds(lambda n: f"（{n}）", st.sampled_from(NUMERALS[:6]))
    listed = st.builds(lambda n: f"{n}.", st.sampled_from(DIGITS[:4]))
    return st.one_of(article, heading, section, item, listed)


def _token() -> st.SearchStrategy[str]:
    """A piece of an article body: mostly organs, verbs and punctuation, sometimes noise."""
    words = st.sampled_from(ORGANS + VERBS + VERBS + PUNCT)
    clause = st.builds(
        lambda organ, verb, what, end: organ + verb + what + end,
        st.sampled_from(ORGANS),
        st.sampled_from(VERBS),
        st.sampled_from(["本地区脱贫攻坚工作", "扶贫资金使用", "县人民政府", "", "河道巡查"]),
        st.sampled_from(["。", "；", "，", ""]),
    )
    return st.one_of(
        clause,
        clause,
        words,
        words,
        st.sampled_from(ZERO_WIDTH),
        st.sampled_from(CONTROLS),
        _break(),
        _marker(),
        st.text(max_size=4),
    )


def _line() -> st.SearchStrategy[str]:
    """A line led by a marker (usually), then body tokens, then a line break of some kind."""
    lead = st.one_of(_marker(), _marker(), _marker(), st.sampled_from(["", "  ", "**", "# ", "\u200b", "\ufeff"]))
    return st.builds(
        lambda pad, head, body, end: pad + head + "".join(body) + end,
        st.sampled_from(["", "", "", " ", "　", "\u200b", "\t", "## "]),
        lead,
        st.lists(_token(), max_size=12),
        _break(),
    )


def _document() -> st.SearchStrategy[str]:
    return st.builds(
        lambda title, lines: title + "".join(lines),
        st.sampled_from(["", "某县责任制办法\n", "# 某市河长制规定\n", "\ufeff", "关于加强某项工作的意见\r\n"]),
        st.lists(_line(), min_size=1, max_size=25),
    )


def _break() -> st.SearchStrategy[str]:
    return st.sampled_from(BREAKS)


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if how in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if how == "utf-16-le" else codecs.BOM_UTF16_BE
        return bom + text.encode(how, errors="surrogatepass")
    return text.encode(how, errors="replace" if how == "gb18030" else "surrogatepass")


def _check(graph: DocumentGraph, text: str) -> None:
    for article in graph.articles:
        assert text[article.start : article.end] == article.text
    for duty in graph.duties:
        assert text[duty.start : duty.end] == duty.text
    for relation in graph.relations:
        assert text[relation.start : relation.end] == relation.evidence
    for liability in graph.liabilities:
        assert text[liability.start : liability.end] == liability.evidence
    keys = [a.key for a in graph.articles]
    assert len(keys) == len(set(keys)), keys


def _parse_text(text: str) -> None:
    try:
        graph = parse_text(text, "fuzz", source="fuzz.txt")
    except InputError:
        event("refused")
        return
    event("parsed")
    _check(graph, text)


def _parse_bytes(data: bytes) -> None:
    try:
        graph, text = parse_bytes(data, "fuzz", "fuzz.txt")
    except InputError as error:
        event("refused: " + re.sub(r"\d+", "N", error.problem.split(" (")[0])[:30])
        return
    event("parsed with duties" if graph.duties else "parsed")
    _check(graph, text)


@budget(3000)
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    # parse_text takes decoded text (newlines normalised): decode_bytes does that for it.
    try:
        decoded = decode_bytes(text.encode("utf-8", errors="surrogatepass"), "fuzz.txt")
    except InputError:
        return
    _parse_text(decoded)


@budget(3000)
@given(st.binary(max_size=600))
def test_random_bytes(data: bytes) -> None:
    _parse_bytes(data)


@budget(600)
@given(_document())
def test_structured_text(text: str) -> None:
    _parse_bytes(text.encode("utf-8", errors="surrogatepass"))


@budget(600)
@given(_document(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "gb18030"]))
def test_structured_encodings(text: str, how: str) -> None:
    _parse_bytes(_encode(text, how))


@budget(600)
@given(_document(), st.data())
def test_structured_damaged(text: str, data: st.DataObject) -> None:
    """A structured document with a few bytes flipped, cut or inserted."""
    raw = bytearray(text.encode("utf-8", errors="surrogatepass"))
    for _ in range(data.draw(st.integers(1, 4))):
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=3))
    _parse_bytes(bytes(raw))


def _cn(n: int) -> str:
    """1..99 as Chinese numerals (十一, 二十三)."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    if not tens:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# Bodies of 25+ characters: one control character per line stays under the binary threshold.
BODIES = [
    "县人民政府负责本县脱贫攻坚工作，统筹推进各项任务落实。",
    "乡镇人民政府对本乡脱贫攻坚工作负主体责任，抓好组织实施。",
    "本办法由县扶贫开发领导小组负责解释，自印发之日起施行。",
]


def _sprinkle(data: st.DataObject, marker: str) -> str:
    """The marker with zero-width characters, and at most one control character, slipped in.

    One control character per line (of BODIES) stays under the 5 % share that reads as binary.
    """
    out: list[str] = []
    for ch in marker:
        if data.draw(st.booleans()):
            out.append(data.draw(st.sampled_from(ZERO_WIDTH)))
        out.append(ch)
    if data.draw(st.booleans()):
        out.insert(data.draw(st.integers(0, len(out))), data.draw(st.sampled_from(["\x07", "\x0b", "\x1b", "\x7f"])))
    return "".join(out)


@budget(300)
@given(st.integers(1, 12), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans(), st.data())
def test_noise_never_breaks_a_marker(count: int, newline: str, bom: bool, data: st.DataObject) -> None:
    """第N条 markers with BOM, CR/CRLF, zero-width and control characters inside: all N are found."""
    lines = ["某县责任制办法"]
    for n in range(1, count + 1):
        number = data.draw(st.sampled_from([_cn(n), str(n), "".join(chr(ord(d) + 0xFEE0) for d in str(n))]))
        body = data.draw(st.sampled_from(BODIES))
        lines.append(_sprinkle(data, f"第{number}条") + " " + body)
    text = newline.join(lines) + newline
    raw = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    graph, decoded = parse_bytes(raw, "fuzz", "fuzz.txt")
    assert [a.number for a in graph.articles] == list(range(1, count + 1))
    _check(graph, decoded)
