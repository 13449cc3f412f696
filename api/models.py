"""Response models of the API; each top-level model carries an example for the OpenAPI schema."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

_ORGAN = {
    "id": "cn-2016-tpgj/县级政府",
    "name": "县级政府",
    "level": "county",
    "kind": "government",
    "document": "cn-2016-tpgj",
}
_CITATION = {
    "document": "cn-2016-tpgj",
    "article": 19,
    "article_key": "a19",
    "label": "第十九条",
    "quote": "对扶贫资金管理监督负首要责任",
    "start": 2190,
    "end": 2204,
}
_DUTY = {
    "id": "cn-2016-tpgj/a19.d4",
    "document": "cn-2016-tpgj",
    "text": "对扶贫资金管理监督负首要责任",
    "start": 2190,
    "end": 2204,
    "article": 19,
    "article_key": "a19",
    "label": "第十九条",
    "responsibility": "首要责任",
    "modality": "must",
    "topics": ["fund"],
    "holders": ["cn-2016-tpgj/县级政府"],
}
_CITY: dict[str, Any] = {
    "id": "cn-2016-tpgj/市级党委和政府",
    "name": "市级党委和政府",
    "level": "municipal",
    "kind": "party_and_government",
    "document": "cn-2016-tpgj",
}
_EDGE: dict[str, Any] = {
    "id": "cn-2016-tpgj/r010",
    "type": "SUPERVISES",
    "source": {
        **_ORGAN,
        "id": "cn-2016-tpgj/市级党委和政府",
        "name": "市级党委和政府",
        "level": "municipal",
        "kind": "party_and_government",
    },
    "target": {
        **_ORGAN,
        "id": "cn-2016-tpgj/县级党委和政府",
        "name": "县级党委和政府",
        "kind": "party_and_government",
    },
    "implicit": True,
    "confidence": 0.8,
    "modes": ["督促", "检查", "监督"],
    "topics": ["fund", "project"],
    "what": None,
    "frequency": None,
    "citation": {
        **_CITATION,
        "article": 13,
        "article_key": "a13",
        "label": "第十三条",
        "quote": "对项目实施、资金使用和管理、脱贫目标任务完成等工作进行督促、检查和监督",
        "start": 1500,
        "end": 1536,
    },
}


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


def example(model: type[BaseModel]) -> dict[str, Any] | None:
    """The first example a model declares, if any (shown in the OpenAPI schema)."""
    extra = model.model_config.get("json_schema_extra")
    examples = extra.get("examples") if isinstance(extra, dict) else None
    if isinstance(examples, list) and examples and isinstance(examples[0], dict):
        return examples[0]
    return None


def _example(model: type[BaseModel]) -> dict[str, Any]:
    return example(model) or {}


class OrganRef(BaseModel):
    id: str
    name: str
    level: str | None = None
    kind: str | None = None
    document: str


class Citation(BaseModel):
    """Where a fact comes from: ``quote`` is exactly the document text at ``[start, end)``."""

    document: str
    article: int | None = None
    article_key: str | None = None
    label: str | None = None
    quote: str
    start: int
    end: int


class Duty(BaseModel):
    id: str
    document: str
    text: str
    start: int
    end: int
    article: int | None = None
    article_key: str | None = None
    label: str | None = None
    responsibility: str | None = None
    modality: str | None = None
    topics: list[str] = Field(default_factory=list)
    holders: list[str] = Field(default_factory=list)


class Edge(BaseModel):
    id: str | None = None
    type: str
    source: OrganRef
    target: OrganRef
    implicit: bool | None = None
    confidence: float | None = None
    modes: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    what: str | None = None
    frequency: str | None = None
    citation: Citation


class Liability(BaseModel):
    organ: OrganRef
    citation: Citation


class Counts(BaseModel):
    chapters: int = 0
    articles: int = 0
    organs: int = 0
    duties: int = 0
    relations: int = 0


class Chapter(BaseModel):
    id: str
    seq: int | None = None
    number: int | None = None
    title: str | None = None
    part: str | None = None
    section: str | None = None


class DocumentSummary(BaseModel):
    model_config = _examples(
        {
            "id": "cn-2016-tpgj",
            "title": "脱贫攻坚责任制实施办法",
            "jurisdiction": "全国",
            "level": "central",
            "issuer": "中共中央办公厅、国务院办公厅",
            "effective": "2016-10-11",
            "source": "cn-2016-tpgj.txt",
            "sha256": "9f2c…",
            "loaded_at": "2026-12-02T01:00:00Z",
            "counts": {"chapters": 7, "articles": 29, "organs": 40, "duties": 90, "relations": 30},
        }
    )

    id: str
    title: str | None = None
    jurisdiction: str | None = None
    level: str | None = None
    issuer: str | None = None
    effective: str | None = None
    source: str | None = None
    sha256: str | None = None
    loaded_at: str | None = None
    counts: Counts = Field(default_factory=Counts)


class DocumentList(BaseModel):
    model_config = _examples({"documents": [_example(DocumentSummary)], "total": 2, "offset": 0, "limit": 100})

    documents: list[DocumentSummary]
    total: int = Field(description="Documents loaded in all; page on with offset")
    offset: int = 0
    limit: int


class DocumentDetail(DocumentSummary):
    model_config = _examples(
        {
            **_example(DocumentSummary),
            "chapters": [
                {
                    "id": "cn-2016-tpgj/c1",
                    "seq": 1,
                    "number": 1,
                    "title": "总则",
                    "part": None,
                    "section": None,
                }
            ],
        }
    )

    chapters: list[Chapter] = Field(default_factory=list)


class ArticleDetail(BaseModel):
    model_config = _examples(
        {
            "id": "cn-2016-tpgj/a19",
            "document": "cn-2016-tpgj",
            "key": "a19",
            "number": 19,
            "suffix": None,
            "label": "第十九条",
            "chapter": {"id": "cn-2016-tpgj/c4", "seq": 4, "number": 4, "title": "市县落实"},
            "text": "第十九条 县级政府应当建立扶贫项目库，……对扶贫资金管理监督负首要责任。",
            "start": 2150,
            "end": 2205,
            "duties": [_DUTY],
            "relations": [],
            "liabilities": [],
        }
    )

    id: str
    document: str
    key: str
    number: int
    suffix: int | None = None
    label: str | None = None
    chapter: Chapter | None = None
    text: str
    start: int
    end: int
    duties: list[Duty]
    relations: list[Edge]
    liabilities: list[Liability]


class OrganSummary(OrganRef):
    aliases: list[str] = Field(default_factory=list)
    collective: bool | None = None
    covers: list[str] = Field(default_factory=list)
    duty_count: int = 0


class OrganList(BaseModel):
    model_config = _examples(
        {"organs": [{**_ORGAN, "aliases": ["县级政府"], "collective": False, "covers": [], "duty_count": 4}]}
    )

    organs: list[OrganSummary]


class OrganDetail(BaseModel):
    """One organ and everything the graph says about it, each fact with its citation."""

    model_config = _examples(
        {
            "organ": {**_ORGAN, "aliases": ["县级政府"], "collective": False, "covers": [], "duty_count": 4},
            "duties": [_DUTY],
            "supervised_by": [_EDGE],
            "supervises": [],
            "guided_by": [],
            "guides": [],
            "assisted_by": [],
            "assists": [],
            "reports_to": [],
            "reported_by": [],
            "part_of": [],
            "parts": [],
            "liabilities": [],
        }
    )

    organ: OrganSummary
    duties: list[Duty]
    supervised_by: list[Edge]
    supervises: list[Edge]
    guided_by: list[Edge]
    guides: list[Edge]
    assisted_by: list[Edge]
    assists: list[Edge]
    reports_to: list[Edge]
    reported_by: list[Edge]
    part_of: list[Edge]
    parts: list[Edge]
    liabilities: list[Liability]


Role = Literal["bearer", "body", "overseer", "supervisor", "reported_to"]


class ChainHop(BaseModel):
    """One link of the chain: ``organ`` is tied to the chain (to ``below``) by ``relation``."""

    step: int
    depth: int
    role: Role
    organ: OrganRef
    relation: str
    below: OrganRef | None = None
    duty: str | None = None
    responsibility: str | None = None
    citation: Citation


class ChainOrgan(OrganRef):
    roles: list[Role]
    depth: int


class Sanction(BaseModel):
    kind: Literal["article", "liability"]
    chapter: str | None = None
    organ: OrganRef | None = None
    citation: Citation


class AccountabilityAnswer(BaseModel):
    model_config = _examples(
        {
            "kind": "accountability",
            "document": "cn-2016-tpgj",
            "topic": "fund",
            "level": "county",
            "chain": [
                {
                    "step": 1,
                    "depth": 0,
                    "role": "bearer",
                    "organ": _ORGAN,
                    "relation": "RESPONSIBLE_FOR",
                    "below": None,
                    "duty": "cn-2016-tpgj/a19.d4",
                    "responsibility": "首要责任",
                    "citation": _CITATION,
                },
                {
                    "step": 2,
                    "depth": 1,
                    "role": "supervisor",
                    "organ": _EDGE["source"],
                    "relation": "SUPERVISES",
                    "below": _EDGE["target"],
                    "duty": None,
                    "responsibility": None,
                    "citation": _EDGE["citation"],
                },
            ],
            "organs": [
                {**_ORGAN, "roles": ["bearer"], "depth": 0},
                {**_CITY, "roles": ["supervisor"], "depth": 1},
            ],
            "sanctions": [
                {
                    "kind": "article",
                    "chapter": "奖惩",
                    "organ": None,
                    "citation": {
                        **_CITATION,
                        "article": 25,
                        "article_key": "a25",
                        "label": "第二十五条",
                        "quote": "第二十五条 各级党委和政府……",
                        "start": 2900,
                        "end": 3050,
                    },
                }
            ],
        }
    )

    kind: Literal["accountability"] = "accountability"
    document: str
    topic: str
    level: str | None = None
    chain: list[ChainHop]
    organs: list[ChainOrgan]
    sanctions: list[Sanction]


class ResponsibilitiesAnswer(BaseModel):
    model_config = _examples(
        {
            "kind": "responsibilities",
            "document": "cn-2016-tpgj",
            "level": "county",
            "organ": None,
            "organs": [_ORGAN],
            "duties": [_DUTY],
            "relations_out": [],
        }
    )

    kind: Literal["responsibilities"] = "responsibilities"
    document: str
    level: str | None = None
    organ: str | None = None
    organs: list[OrganRef]
    duties: list[Duty]
    relations_out: list[Edge]


class ReportsAnswer(BaseModel):
    model_config = _examples(
        {
            "kind": "reports",
            "documents": ["cn-2016-tpgj"],
            "frequency": "annual",
            "level": None,
            "edges": [{**_EDGE, "type": "REPORTS_TO", "what": "扶贫脱贫进展情况", "frequency": "annual"}],
        }
    )

    kind: Literal["reports"] = "reports"
    documents: list[str]
    frequency: str | None = None
    level: str | None = None
    edges: list[Edge]


class Addition(BaseModel):
    duty: Duty
    closest: str | None = None  # the most similar duty of the base document
    similarity: float


class AdditionsAnswer(BaseModel):
    model_config = _examples(
        {
            "kind": "additions",
            "document": "jx-tpgj",
            "base_document": "cn-2016-tpgj",
            "method": "lexical",
            "threshold": 0.35,
            "duties": [
                {
                    "duty": {**_DUTY, "id": "jx-tpgj/a21.d1", "document": "jx-tpgj"},
                    "closest": None,
                    "similarity": 0.1,
                }
            ],
        }
    )

    kind: Literal["additions"] = "additions"
    document: str
    base_document: str
    method: Literal["alignment", "lexical"]
    threshold: float
    duties: list[Addition]


Answer = Annotated[
    AccountabilityAnswer | ResponsibilitiesAnswer | ReportsAnswer | AdditionsAnswer,
    Field(discriminator="kind"),
]


class InterpretationOut(BaseModel):
    intent: str
    topic: str | None = None
    level: str | None = None
    place: str | None = None
    organ: str | None = None
    frequency: str | None = None
    document: str | None = None
    understood: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class AskResponse(BaseModel):
    model_config = _examples(
        {
            "question": "县里的扶贫资金被挪用，谁负责？",
            "interpretation": {
                "intent": "accountability",
                "topic": "fund",
                "level": "county",
                "place": None,
                "organ": None,
                "frequency": None,
                "document": "cn-2016-tpgj",
                "understood": ["intent=accountability", "topic=fund", "level=county"],
                "notes": ["no place named: using cn-2016-tpgj (documents of the genre first, then the highest level)"],
            },
            "answer": _example(AccountabilityAnswer),
            "summary": ["县级政府 — 首要责任 — 第十九条「对扶贫资金管理监督负首要责任」"],
        }
    )

    question: str
    interpretation: InterpretationOut
    answer: Answer
    summary: list[str]


class SearchHit(BaseModel):
    kind: Literal["article", "duty"]
    id: str
    document: str
    article: int | None = None
    article_key: str | None = None
    label: str | None = None
    text: str
    start: int
    end: int
    score: float


class SearchResponse(BaseModel):
    model_config = _examples(
        {
            "q": "扶贫资金",
            "hits": [
                {
                    "kind": "duty",
                    "id": "cn-2016-tpgj/a19.d4",
                    "document": "cn-2016-tpgj",
                    "article": 19,
                    "article_key": "a19",
                    "label": "第十九条",
                    "text": "对扶贫资金管理监督负首要责任",
                    "start": 2190,
                    "end": 2204,
                    "score": 3.2,
                }
            ],
        }
    )

    q: str
    hits: list[SearchHit]


class GraphNode(BaseModel):
    id: str
    label: str
    level: str | None = None
    kind: str | None = None
    document: str
    depth: int
    center: bool = False


class GraphEdge(BaseModel):
    id: str | None = None
    source: str
    target: str
    type: str
    article: int | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


class GraphResponse(BaseModel):
    """Nodes and edges around an organ, ready for a force-directed or hierarchical drawing."""

    model_config = _examples(
        {
            "center": "cn-2016-tpgj/县级党委和政府",
            "depth": 1,
            "nodes": [
                {
                    "id": "cn-2016-tpgj/县级党委和政府",
                    "label": "县级党委和政府",
                    "level": "county",
                    "kind": "party_and_government",
                    "document": "cn-2016-tpgj",
                    "depth": 0,
                    "center": True,
                },
                {
                    "id": "cn-2016-tpgj/市级党委和政府",
                    "label": "市级党委和政府",
                    "level": "municipal",
                    "kind": "party_and_government",
                    "document": "cn-2016-tpgj",
                    "depth": 1,
                    "center": False,
                },
            ],
            "edges": [
                {
                    "id": "cn-2016-tpgj/r010",
                    "source": "cn-2016-tpgj/市级党委和政府",
                    "target": "cn-2016-tpgj/县级党委和政府",
                    "type": "SUPERVISES",
                    "article": 13,
                    "evidence": "对项目实施、资金使用和管理、脱贫目标任务完成等工作进行督促、检查和监督",
                    "start": 1500,
                    "end": 1536,
                }
            ],
        }
    )

    center: str
    depth: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class Health(BaseModel):
    model_config = _examples(
        {
            "status": "ok",
            "versions": {
                "respgraph": "0.1.0",
                "neo4j": "5.26.29",
                "neo4j_edition": "community",
                "neo4j_driver": "5.28.1",
                "python": "3.11.7",
            },
            "documents": ["cn-2016-tpgj", "jx-tpgj"],
        }
    )

    status: Literal["ok", "unavailable"]
    versions: dict[str, str]
    documents: list[str]
    detail: str | None = None


class ErrorBody(BaseModel):
    model_config = _examples({"detail": "no organ 'cn-2016-tpgj/县长' (ids are <document>/<name>)"})

    detail: str
