"""Response model of GET /api/v1/compare (and ``respgraph compare --format json``).

``build_response`` turns a Comparison and its two graphs into the model: every listed duty, on
both sides, carries its id, article number, verbatim text and span.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from api.models import Duty, OrganRef
from graph.compare import Comparison
from graph.model import DocumentGraph
from graph.model import Duty as DutyFact

_JX_DUTY: dict[str, Any] = {
    "id": "jx-tpgj/a20.d5",
    "document": "jx-tpgj",
    "text": "对扶贫资金管理监督负首要责任",
    "start": 2220,
    "end": 2234,
    "article": 20,
    "article_key": "a20",
    "label": "第二十条",
    "responsibility": "首要责任",
    "modality": "must",
    "topics": ["fund", "inspection"],
    "holders": ["jx-tpgj/县级政府"],
}
_CN_DUTY: dict[str, Any] = {
    **_JX_DUTY,
    "id": "cn-2016-tpgj/a19.d4",
    "document": "cn-2016-tpgj",
    "start": 1540,
    "end": 1554,
    "article": 19,
    "article_key": "a19",
    "label": "第十九条",
    "holders": ["cn-2016-tpgj/县级政府"],
}
_NEW_DUTY: dict[str, Any] = {
    **_JX_DUTY,
    "id": "jx-tpgj/a21.d1",
    "text": "乡(镇)党委和政府承担脱贫攻坚具体责任",
    "start": 2253,
    "end": 2272,
    "article": 21,
    "article_key": "a21",
    "label": "第二十一条",
    "responsibility": "具体责任",
    "topics": ["other"],
    "holders": ["jx-tpgj/乡(镇)党委和政府"],
}
_GAP_DUTY: dict[str, Any] = {
    **_CN_DUTY,
    "id": "cn-2016-tpgj/a4.d1",
    "text": "党中央、国务院主要负责统筹制定脱贫攻坚大政方针",
    "start": 286,
    "end": 309,
    "article": 4,
    "article_key": "a4",
    "label": "第四条",
    "responsibility": None,
    "topics": ["policy"],
    "holders": ["cn-2016-tpgj/党中央、国务院"],
}
_EXAMPLE: dict[str, Any] = {
    "base": "cn-2016-tpgj",
    "other": "jx-tpgj",
    "pair": "jx-tpgj->cn-2016-tpgj",
    "document": {
        "cited": "中共中央办公厅、国务院办公厅关于印发〈脱贫攻坚责任制实施办法〉的通知",
        "article": "a1",
        "evidence": "《中共中央办公厅、国务院办公厅关于印发〈脱贫攻坚责任制实施办法〉的通知》",
        "start": 50,
        "end": 86,
        "confidence": 1.0,
    },
    "counts": {"same": 55, "shifted": 21, "partial": 1, "new": 59, "gaps": 15},
    "organs": [
        {
            "other": {
                "id": "jx-tpgj/省委、省政府",
                "name": "省委、省政府",
                "level": "provincial",
                "kind": "party_and_government",
                "document": "jx-tpgj",
            },
            "base": {
                "id": "cn-2016-tpgj/省级党委和政府",
                "name": "省级党委和政府",
                "level": "provincial",
                "kind": "party_and_government",
                "document": "cn-2016-tpgj",
            },
            "score": 0.676,
            "evidence": "party_and_government provincial→provincial; name 0.54; duties 0.41",
        }
    ],
    "articles": [
        {
            "other_article": 20,
            "other_key": "a20",
            "other_label": "第二十条",
            "base_article": 19,
            "base_key": "a19",
            "base_label": "第十九条",
            "confidence": 1.0,
            "evidence": ["a20.d5~a19.d4 same 1.00", "a20.d4~a19.d3 same 1.00"],
        }
    ],
    "duties": [{"duty": _JX_DUTY, "match": "same", "similarity": 1.0, "counterparts": [_CN_DUTY]}],
    "additions": [_NEW_DUTY],
    "gaps": [_GAP_DUTY],
}


class OrganLink(BaseModel):
    """CORRESPONDS_TO: ``other`` plays the role of ``base``."""

    other: OrganRef
    base: OrganRef
    score: float
    evidence: str


class ArticleLink(BaseModel):
    """IMPLEMENTS between articles; ``evidence`` lists the duty pairs or sentences behind it."""

    other_article: int
    other_key: str
    other_label: str
    base_article: int
    base_key: str
    base_label: str
    confidence: float
    evidence: list[str]


class DutyComparison(BaseModel):
    """A duty of ``other``: same / shifted (other level or holder) / partial / new, with its counterparts."""

    duty: Duty
    match: Literal["same", "shifted", "partial", "new"]
    similarity: float
    counterparts: list[Duty] = Field(default_factory=list)


class DocumentLink(BaseModel):
    """IMPLEMENTS between the documents: the other text's own 根据《…》, quoted with its span."""

    cited: str
    article: str
    evidence: str
    start: int
    end: int
    confidence: float


class CompareResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    base: str
    other: str
    pair: str
    document: DocumentLink | None = None
    counts: dict[str, int]
    organs: list[OrganLink]
    articles: list[ArticleLink]
    duties: list[DutyComparison]
    additions: list[Duty]  # duties of ``other`` with no counterpart in ``base``
    gaps: list[Duty]  # duties of ``base`` that no duty of ``other`` carries


def build_response(comparison: Comparison, base: DocumentGraph, other: DocumentGraph) -> CompareResponse:
    labels = {(g.document.id, a.key): a.label for g in (base, other) for a in g.articles}
    duties = {d.id: _duty(g.document.id, d, labels) for g in (base, other) for d in g.duties}
    organs = {
        o.id: OrganRef(id=o.id, name=o.name, level=o.level, kind=o.kind, document=g.document.id)
        for g in (base, other)
        for o in g.organs
    }
    counts = {cls: sum(1 for d in comparison.duties if d.cls == cls) for cls in ("same", "shifted", "partial", "new")}
    return CompareResponse(
        base=comparison.base,
        other=comparison.other,
        pair=comparison.pair,
        document=DocumentLink(**vars(comparison.document)) if comparison.document else None,
        counts={**counts, "gaps": len(comparison.gaps)},
        organs=[
            OrganLink(other=organs[p.other], base=organs[p.base], score=p.score, evidence=p.evidence)
            for p in comparison.organs
        ],
        articles=[
            ArticleLink(
                other_article=a.other_number,
                other_key=a.other,
                other_label=labels[(comparison.other, a.other)],
                base_article=a.base_number,
                base_key=a.base,
                base_label=labels[(comparison.base, a.base)],
                confidence=a.confidence,
                evidence=list(a.evidence),
            )
            for a in comparison.articles
        ],
        duties=[
            DutyComparison(
                duty=duties[m.duty], match=m.cls, similarity=m.similarity, counterparts=[duties[b] for b in m.base]
            )
            for m in comparison.duties
        ],
        additions=[duties[d] for d in comparison.additions],
        gaps=[duties[d] for d in comparison.gaps],
    )


def _duty(document: str, d: DutyFact, labels: dict[tuple[str, str], str]) -> Duty:
    return Duty(
        id=d.id,
        document=document,
        text=d.text,
        start=d.start,
        end=d.end,
        article=d.article,
        article_key=d.article_key,
        label=labels.get((document, d.article_key)),
        responsibility=d.responsibility,
        modality=d.modality,
        topics=list(d.topics),
        holders=list(d.holders),
    )
