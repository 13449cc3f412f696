"""The validated in-memory graph of one document (the DESIGN.md interchange format).

Every fact carries provenance: the document, the article and the character span
``[start, end)`` into the decoded text, where ``text[start:end]`` is the fact's text or evidence.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.errors import InvalidGraphError

Level = Literal["central", "provincial", "municipal", "county", "township", "village", "social"]
LEVELS: tuple[str, ...] = ("central", "provincial", "municipal", "county", "township", "village", "social")
Kind = Literal[
    "party",
    "government",
    "party_and_government",
    "leading_group",
    "agency",
    "discipline",
    "procuratorate",
    "audit",
    "finance",
    "organisation_dept",
    "military",
    "democratic_party",
    "enterprise_society",
    "individual_role",
    "assistance_unit",
]
RESPONSIBILITIES: tuple[str, ...] = (
    "负总责",
    "主体责任",
    "具体责任",
    "第一责任人",
    "直接责任人",
    "首要责任",
    "帮扶责任",
    "监督责任",
)
TOPICS: tuple[str, ...] = (
    "fund",
    "project",
    "exit",
    "registration",
    "assessment",
    "inspection",
    "audit",
    "discipline",
    "planning",
    "policy",
    "reporting",
    "pledge",
    "cadres",
    "publicity",
    "data",
    "mobilisation",
    "cooperation",
    "reward",
    "interpretation",
    "finance_investment",
    "stability",
    "other",
)
RelationType = Literal["SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO", "PART_OF", "INTERPRETS"]
ORGAN_RELATION_TYPES: tuple[str, ...] = ("SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO", "PART_OF")
Frequency = Literal["once", "annual", "as_needed", "unspecified"]


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DocumentMeta(_Fact):
    id: str
    title: str | None = None
    jurisdiction: str | None = None
    level: Level | None = None
    issuer: str | None = None
    effective: str | None = None
    source: str | None = None
    sha256: str
    length: int = 0
    preamble_end: int = 0


class Chapter(_Fact):
    seq: int
    number: int
    title: str
    part: str | None = None
    section: str | None = None
    start: int
    end: int


class Article(_Fact):
    key: str  # a10 / a10-1: the id suffix, unique in the document
    number: int
    suffix: int | None = None
    label: str
    chapter: int | None = None
    chapter_seq: int | None = None
    text: str
    start: int
    end: int


class Organ(_Fact):
    id: str
    name: str
    level: Level | None = None
    kind: Kind | None = None
    aliases: list[str] = Field(default_factory=list)
    collective: bool = False
    covers: list[str] = Field(default_factory=list)


class Duty(_Fact):
    id: str
    article: int
    article_key: str
    text: str
    start: int
    end: int
    holders: list[str]
    responsibility: str | None = None
    modality: Literal["must", "may"] = "must"
    topics: list[str] = Field(default_factory=list)


class Relation(_Fact):
    id: str
    type: RelationType
    source: str
    target: str
    article: int | None = None
    article_key: str | None = None
    evidence: str
    start: int
    end: int
    implicit: bool = False
    confidence: float = 1.0
    modes: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    what: str | None = None
    frequency: Frequency | None = None


class Liability(_Fact):
    organ: str
    article: int
    article_key: str
    evidence: str
    start: int
    end: int


class DocumentGraph(_Fact):
    document: DocumentMeta
    chapters: list[Chapter] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    organs: list[Organ] = Field(default_factory=list)
    duties: list[Duty] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    liabilities: list[Liability] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def validate_against(self, text: str) -> DocumentGraph:
        """Check the invariants the writer relies on; raise InvalidGraphError on the first break."""
        organ_ids = {organ.id for organ in self.organs}
        article_keys = {article.key for article in self.articles}
        _unique("article", [a.key for a in self.articles])
        _unique("organ", [o.id for o in self.organs])
        _unique("duty", [d.id for d in self.duties])
        _unique("relation", [r.id for r in self.relations])
        for article in self.articles:
            _span(text, "article " + article.key, article.start, article.end, article.text)
        for duty in self.duties:
            _span(text, "duty " + duty.id, duty.start, duty.end, duty.text)
            if duty.article_key not in article_keys:
                raise InvalidGraphError(f"duty {duty.id} cites unknown article {duty.article_key}")
            if not duty.holders:
                raise InvalidGraphError(f"duty {duty.id} has no holder")
            for holder in duty.holders:
                if holder not in organ_ids:
                    raise InvalidGraphError(f"duty {duty.id} names unknown holder {holder}")
        for relation in self.relations:
            _span(text, "relation " + relation.id, relation.start, relation.end, relation.evidence)
            if relation.source not in organ_ids:
                raise InvalidGraphError(f"relation {relation.id} has unknown source {relation.source}")
            target_ok = (
                relation.target == self.document.id if relation.type == "INTERPRETS" else relation.target in organ_ids
            )
            if not target_ok:
                raise InvalidGraphError(f"relation {relation.id} has unknown target {relation.target}")
        for liability in self.liabilities:
            _span(text, "liability", liability.start, liability.end, liability.evidence)
            if liability.organ not in organ_ids:
                raise InvalidGraphError(f"liability names unknown organ {liability.organ}")
        return self

    def to_interchange(self) -> dict[str, Any]:
        """The DESIGN.md JSON contract (extra keys allowed, so ours stay)."""
        data = self.model_dump(mode="json")
        for chapter in data["chapters"]:
            chapter.pop("seq", None)
        return data


def _unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise InvalidGraphError(f"duplicate {what} id {item}")
        seen.add(item)


def _span(text: str, what: str, start: int, end: int, expected: str) -> None:
    if not (0 <= start <= end <= len(text)) or text[start:end] != expected:
        raise InvalidGraphError(f"{what}: span [{start}, {end}) does not reproduce its text")
