"""Bytes → decoded text, and a cleaned view of it for marker matching.

Offsets everywhere refer to the decoded text: newlines normalised to ``\\n`` (as Python's text
mode does) and a leading byte-order mark dropped. Zero-width and control characters stay in the
decoded text (so spans reproduce it), but are dropped from the :class:`TextView` the parsers
match against; ``view.origin`` maps every view position back to the decoded text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

MAX_INPUT_BYTES = 5_000_000
_CJK_FLOOR = 0.2  # share of CJK among letters for a GB18030 reading to count as Chinese

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# Full-width ASCII and the ideographic space map one-to-one onto ASCII, keeping offsets.
_FULLWIDTH = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
# Traditional forms of the structure words map one-to-one as well, so 第一條/第二章/第三節 are markers.
_FULLWIDTH |= {"條": "条", "節": "节", "編": "编", "兩": "两"}
# A web page saved as is (its markup would be read as the document's text).
_HTML = re.compile(r"[\s\ufeff\u200b]*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


_TRANSLATION = str.maketrans({**_FULLWIDTH, "\t": " "})
# Characters the view drops: zero-width ones and controls other than newline and tab.
_DROPPED = re.compile("[" + "".join(_ZERO_WIDTH) + "\x00-\x08\x0b-\x1f\x7f-\x9f]")


def fold_width(text: str) -> str:
    """``text`` with its full-width forms in ASCII (as the view reads it: 乡（镇） → 乡(镇)), offsets kept."""
    return text.translate(_TRANSLATION)


def read_document(path: Path, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read and decode a file; raise InputError naming the file on anything unusable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror})") from exc
    if size > max_bytes:
        raise InputError(str(path), f"file is {size} bytes, above the {max_bytes}-byte maximum")
    return decode_bytes(path.read_bytes(), str(path))


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK; never guess silently wrong."""
    text = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip(" \t\n\u3000" + "".join(_ZERO_WIDTH)):
        raise InputError(source, "the document is empty")
    if _control_share(text) > 0.05:
        raise InputError(source, "the file looks binary (too many control characters)")
    if _HTML.match(text):
        raise InputError(source, "the file is an HTML page, not a document's text; save the page's text and load that")
    return text


def _decode(data: bytes, source: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    if b"\x00" in data:
        raise InputError(source, "the file looks binary (NUL bytes, and no UTF-16 byte-order mark)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                source, f"not valid UTF-8 (byte {utf8_error.start}: {utf8_error.reason}) nor GB18030; cannot decode"
            ) from None
        if _cjk_share(text) < _CJK_FLOOR:
            raise InputError(source, f"not valid UTF-8 (byte {utf8_error.start}); not Chinese as GB18030") from None
        return text


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(source, f"invalid {encoding} at byte {exc.start}") from None


def _cjk_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") / len(letters)


# Unicode category Cc (U+0000-001F, U+007F-009F) but for tab and newline; a regex counts them
# in C, where a per-character category lookup was 3% of a corpus parse.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(len(text), 1)


@dataclass(frozen=True)
class TextView:
    """The decoded text cleaned for matching, with a map back to decoded offsets."""

    text: str
    origin: list[int]  # origin[i] = offset in the decoded text of view char i; origin[len] = end

    @classmethod
    def of(cls, decoded: str) -> TextView:
        if not _DROPPED.search(decoded):  # the common case: one-to-one, no index map to build
            return cls(decoded.translate(_TRANSLATION), list(range(len(decoded) + 1)))
        chars: list[str] = []
        origin: list[int] = []
        for index, ch in enumerate(decoded):
            if ch in _ZERO_WIDTH or (unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
                continue
            chars.append(" " if ch == "\t" else _FULLWIDTH.get(ch, ch))
            origin.append(index)
        origin.append(len(decoded))
        return cls("".join(chars), origin)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Decoded offsets of view span [start, end): from the first char to just after the last."""
        if end <= start:
            position = self.origin[start]
            return position, position
        return self.origin[start], self.origin[end - 1] + 1
