"""A question in Chinese or English → an intent and its parameters, by word lists (no language model).

The words live in ``graph/data/synonyms.yaml``; this module only matches them. Intents are tried in
the file's order (the first that matches wins); a topic or a level alone still makes a question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from graph.errors import BadRequestError

Intent = Literal["accountability", "responsibilities", "reports", "additions"]
INTENTS: tuple[str, ...] = ("accountability", "responsibilities", "reports", "additions")


@dataclass
class Interpretation:
    question: str
    intent: Intent
    topic: str | None = None
    level: str | None = None
    place: str | None = None
    organ: str | None = None
    frequency: str | None = None
    understood: list[str] = field(default_factory=list)  # what matched, for the answer and for 422s

    def params(self) -> dict[str, Any]:
        return {
            "intent": self.intent,
            "topic": self.topic,
            "level": self.level,
            "place": self.place,
            "organ": self.organ,
            "frequency": self.frequency,
        }


@dataclass(frozen=True)
class _Vocab:
    intents: list[tuple[str, re.Pattern[str]]]
    frequencies: list[tuple[str, re.Pattern[str]]]
    topics: list[tuple[str, re.Pattern[str]]]
    levels: list[tuple[str, re.Pattern[str]]]
    places: list[tuple[str, re.Pattern[str]]]
    generic: re.Pattern[str]
    organ_end: re.Pattern[str]
    genre_titles: tuple[str, ...]


def _alternation(entries: dict[str, list[str]]) -> re.Pattern[str]:
    parts: list[str] = []
    for lang in ("zh", "en"):
        for word in entries.get(lang, []):
            word = str(word)
            # Word boundaries keep "exit" out of "exiting"-like accidents in English only.
            if lang == "en" and word[:1].isalpha():
                word = r"\b" + word
            if lang == "en" and (word[-1:].isalpha() or word.endswith("?")):
                word = word + r"\b"
            parts.append(word)
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def _vocab() -> _Vocab:
    raw = yaml.safe_load(resources.files("graph").joinpath("data/synonyms.yaml").read_text("utf-8"))
    suffixes = "|".join(re.escape(s) for s in sorted(raw["place_suffixes"], key=len, reverse=True))
    places = [
        (name, re.compile("(?:" + "|".join(re.escape(w) for w in words) + f")(?:\\s*(?:{suffixes}))?", re.I))
        for name, words in raw["places"].items()
    ]
    generic = "|".join(re.escape(w) for w in sorted(raw["generic_bodies"], key=len, reverse=True))
    organ_end = _alternation({"zh": raw["intents"]["responsibilities"]["zh"]})
    return _Vocab(
        intents=[(k, _alternation(v)) for k, v in raw["intents"].items()],
        frequencies=[(k, _alternation(v)) for k, v in raw["frequencies"].items()],
        topics=[(k, _alternation(v)) for k, v in raw["topics"].items()],
        levels=[(k, _alternation(v)) for k, v in raw["levels"].items()],
        places=places,
        generic=re.compile(generic),
        organ_end=organ_end,
        genre_titles=tuple(raw["genre_titles"]),
    )


def genre_titles() -> tuple[str, ...]:
    """Title words of the 责任制 genre (a default document is preferably one of the genre)."""
    return _vocab().genre_titles


def normalise(text: str) -> str:
    """NFKC folds full-width punctuation and letters; spaces collapse."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def interpret(question: str) -> Interpretation:
    """Recognise the intent and its parameters; BadRequestError when nothing usable is found."""
    text = normalise(question)
    if not text:
        raise BadRequestError("the question is empty")
    vocab = _vocab()
    understood: list[str] = []
    place, rest = _place(text, vocab)
    if place:
        understood.append(f"place={place}")
    topic = _first_by_priority(rest, vocab.topics)
    level = _first_by_position(rest, vocab.levels)
    frequency = _first_by_position(rest, vocab.frequencies)
    intent = _first_by_priority(rest, vocab.intents)
    organ = _organ(rest, vocab) if intent in (None, "responsibilities", "accountability") else None
    for key, value in (("intent", intent), ("topic", topic), ("level", level), ("organ", organ)):
        if value:
            understood.append(f"{key}={value}")
    intent = _settle_intent(intent, topic, level, organ)
    if intent is None:
        raise BadRequestError(_not_understood(question, understood))
    if intent != "reports":
        frequency = None
    if intent == "additions":
        topic = level = None
    if intent != "responsibilities":
        organ = None
    return Interpretation(question, intent, topic, level, place, organ, frequency, understood)


def _settle_intent(intent: str | None, topic: str | None, level: str | None, organ: str | None) -> Intent | None:
    # "谁负责" without a matter is a question about a level or an organ; a bare topic is a chain.
    if intent == "accountability" and topic is None:
        return "responsibilities" if (level or organ) else None
    if intent is None:
        if topic:
            return "accountability"
        if level or organ:
            return "responsibilities"
        return None
    return intent  # type: ignore[return-value]


def _not_understood(question: str, understood: list[str]) -> str:
    got = ", ".join(understood) if understood else "nothing"
    return (
        f"cannot interpret {question!r}: understood {got}; ask about a matter (e.g. 资金/funds, 退出/exits) "
        "with 谁/who, what a level or organ is responsible for (县一级负责什么), who reports to whom, "
        "or what a provincial text adds"
    )


def _place(text: str, vocab: _Vocab) -> tuple[str | None, str]:
    """The first province named, and the text without any place names (江西省 must not read as 省)."""
    found: tuple[int, str] | None = None
    rest = text
    for name, pattern in vocab.places:
        match = pattern.search(text)
        if match and (found is None or match.start() < found[0]):
            found = (match.start(), name)
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"^[\s:,，。、的里]+", "", rest)
    return (found[1] if found else None), rest


def _first_by_priority(text: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
    return next((key for key, pattern in table if pattern.search(text)), None)


def _first_by_position(text: str, table: list[tuple[str, re.Pattern[str]]]) -> str | None:
    hits = [(m.start(), i, key) for i, (key, pattern) in enumerate(table) if (m := pattern.search(text))]
    return min(hits)[2] if hits else None


def _organ(text: str, vocab: _Vocab) -> str | None:
    """The Chinese name before 负责什么/的职责…, unless it is only a level (县一级, 乡镇党委政府)."""
    match = vocab.organ_end.search(text)
    if not match:
        return None
    candidate = re.split(r"[,，:：;；。?？!！\s]", text[: match.start()])[-1]
    candidate = re.split(r"(?<=.)(?:在|对|关于|就)", candidate)[0]  # 县级政府在资金上… → 县级政府
    candidate = re.sub(r"(的|要|应当|应该|需要|都|主要|具体|有哪些|有什么|是)+$", "", candidate)
    if not candidate or not re.search(r"[\u4e00-\u9fff]", candidate):
        return None
    remainder = candidate
    for _, pattern in vocab.levels:
        remainder = pattern.sub("", remainder)
    remainder = vocab.generic.sub("", remainder)
    remainder = re.sub(r"[()（）“”\"]", "", remainder)
    return candidate if remainder else None


def parse_topic(value: str) -> str:
    """A topic code (fund) or any word for it (资金, 贫困退出, funds) → the code."""
    return _parse(value, "topic", _vocab().topics)


def parse_level(value: str | None) -> str | None:
    """A level code (county) or any word for it (县级, 县一级, 县里) → the code; None stays None."""
    if value is None or not value.strip():
        return None
    return _parse(value, "level", _vocab().levels)


def _parse(value: str, what: str, table: list[tuple[str, re.Pattern[str]]]) -> str:
    text = normalise(value)
    codes = [key for key, _ in table]
    if text.lower() in codes:
        return text.lower()
    found = _first_by_priority(text, table) if what == "topic" else _first_by_position(text, table)
    if found is None:
        raise BadRequestError(f"{what} {value!r} is not recognised; use one of {', '.join(codes)} or a Chinese word")
    return found
