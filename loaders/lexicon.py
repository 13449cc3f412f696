"""The genre's vocabularies, read once from ``loaders/data/*.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml


@cache
def _data(name: str) -> Any:
    """One read per file; the C loader (when built) gives the same objects several times faster."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(resources.files("loaders").joinpath("data", name).read_text(encoding="utf-8"), loader)


@dataclass(frozen=True)
class Head:
    head: str
    kind: str
    cls: str  # pg | gov | party | dept | role
    role: str | None = None
    same_as: str | None = None  # 人民代表大会常务委员会 names the same body as 人大常委会


@dataclass(frozen=True)
class Name:
    name: str
    level: str | None  # a level, "document", or None (read from the {L} word)
    kind: str
    cls: str
    collective: bool
    same_as: str | None = None  # 民主党派省委 names the same organ as 民主党派 (its committee printed)


@dataclass(frozen=True)
class OrganLexicon:
    level_of: dict[str, str]  # level word → level
    bare_levels: frozenset[str]
    provinces: tuple[str, ...]
    collectives: dict[str, str]  # prefix → top
    collective_same: dict[str, str]  # prefix → the prefix it is a synonym of (相关 → 有关)
    unnamed_sets: frozenset[str]  # collective prefixes naming no members (有关, 相关)
    collective_department_heads: tuple[str, ...]
    collective_set_joins: tuple[str, ...]
    collective_subject_joins: tuple[str, ...]  # joined only where the set opens a clause (有关单位和人员应当…)
    collective_staff_joins: frozenset[str]  # ... of them, those adding the set's own staff (和人员): one organ
    set_noun_heads: frozenset[str]  # 机关 (of 机关、单位): joined to 单位 after any set word
    working_set_heads: frozenset[str]  # 分管部门 (of 分管部门和单位): a set joined alike, by its head alone
    relative: dict[str, str]  # word → same | up | down
    heads: dict[str, Head]
    names: tuple[Name, ...]
    pair_levels: tuple[str, ...]
    qualifiers: tuple[str, ...]
    stem_stop_chars: frozenset[str]
    stem_words: list[str]
    stem_stop: re.Pattern[str]  # obligation verbs that end a stem
    stem_no_start: str
    head_not_followed: dict[str, str]
    stem_max: int
    weak_heads: frozenset[str]
    enumeration_heads: list[str]
    enumeration_compounds: tuple[str, ...]  # function names holding 和 (住房和城乡建设): never split there
    level_false_starts: re.Pattern[str]  # words that open with a level character but name none (市场)
    social_unit_heads: frozenset[str]
    not_organs: tuple[str, ...]

    @cached_property
    def level_words(self) -> list[str]:
        """Longest first; sorted once (asked at nearly every character of a document)."""
        return sorted(self.level_of, key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _literal_length(pattern: str) -> int:
    """Length of a word without its lookarounds, so 报告 is tried before 报(?![社刊])."""
    return len(re.sub(r"\(\?<?[!=][^)]*\)", "", pattern))


@cache
def organ_lexicon() -> OrganLexicon:
    data = _data("organs.yaml")
    level_of = {word: level for level, words in data["levels"].items() for word in words}
    heads = {h["head"]: Head(h["head"], h["kind"], h["class"], h.get("role"), h.get("same_as")) for h in data["heads"]}
    names = tuple(
        Name(n["name"], n.get("level"), n["kind"], n.get("class", "dept"), bool(n.get("collective")), n.get("same_as"))
        for n in data["names"]
    )
    relative = {w: k for k, words in data["relative"].items() for w in words}
    return OrganLexicon(
        level_of=level_of,
        bare_levels=frozenset(data["bare_levels"]),
        provinces=tuple(data["provinces"]),
        collectives={c["prefix"]: c["top"] for c in data["collectives"]},
        collective_same={c["prefix"]: c["same_as"] for c in data["collectives"] if c.get("same_as")},
        unnamed_sets=frozenset(c["prefix"] for c in data["collectives"] if c.get("unnamed")),
        collective_department_heads=tuple(data["collective_department_heads"]),
        collective_set_joins=tuple(data["collective_set_joins"]),
        collective_subject_joins=tuple(data.get("collective_subject_joins", ())),
        collective_staff_joins=frozenset(data.get("collective_staff_joins", ())),
        set_noun_heads=frozenset(data.get("set_noun_heads", ())),
        working_set_heads=frozenset(data.get("working_set_heads", ())),
        relative=relative,
        heads=heads,
        names=names,
        pair_levels=tuple(data["pair_levels"]),
        qualifiers=tuple(data["level_qualifiers"]),
        stem_stop_chars=frozenset(data["stem_stop_chars"]),
        stem_words=list(data["stem_words"]),
        stem_stop=re.compile("|".join(sorted(data["stem_stop_words"], key=_literal_length, reverse=True))),
        stem_no_start=data["stem_no_start"],
        head_not_followed=data["head_not_followed"],
        stem_max=int(data["stem_max"]),
        weak_heads=frozenset(data["weak_heads"]),
        enumeration_heads=list(data["enumeration_heads"]),
        enumeration_compounds=tuple(data.get("enumeration_compounds", ())),
        level_false_starts=re.compile("|".join(data.get("level_false_starts", ())) or "(?!)"),
        social_unit_heads=frozenset(data["social_unit_heads"]),
        not_organs=tuple(data["not_organs"]),
    )


def lexicon_data(name: str) -> Any:
    """The raw data of one vocabulary file (shared: read it, never change it)."""
    return _data(name)


@cache
def organ_words(key: str) -> tuple[str, ...]:
    """One word list of organs.yaml, as a tuple (for str.endswith/startswith and membership tests)."""
    return tuple(_data("organs.yaml").get(key, ()))


@cache
def triggers() -> dict[str, Any]:
    data: dict[str, Any] = _data("triggers.yaml")
    return data


@cache
def topics() -> dict[str, list[str]]:
    data: dict[str, list[str]] = _data("topics.yaml")
    return data


def alternation(words: list[str]) -> str:
    return _alternation(words)
