"""Answers composed from the named queries: accountability chains, level duties, reports, additions.

Shared by the HTTP routers and ``respgraph ask``. Raises only RespgraphError subclasses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from neo4j import AsyncSession

from api import models as m
from graph import queries as q
from graph.compare import lexicon
from graph.compare_writer import compare_stored_async
from graph.errors import BadRequestError, NotFoundError
from graph.interpret import Interpretation, genre_titles, interpret, parse_level, parse_topic
from graph.settings import get_settings

LEVEL_ORDER = ("central", "provincial", "municipal", "county", "township", "village")
# Labels that make an organ a bearer at its level whatever the matter, strongest first.
PRIMARY_LABELS = ["首要责任", "主体责任", "第一责任人"]
LABEL_RANK = {label: i for i, label in enumerate([*PRIMARY_LABELS, "负总责", "具体责任", "直接责任人", "监督责任"])}
# Duty topics of a body that audits or disciplines all work (中央纪委 监督执纪问责, 审计署 跟踪审计).
OVERSIGHT_TOPICS = ["audit", "discipline"]
GENERAL_DUTY_TOPICS = ["audit", "discipline", "inspection", "assessment", "policy", "other"]
# Supervision and reports on these topics concern all work, so they carry any matter upward.
GENERAL_EDGE_TOPICS = ["assessment", "inspection", "discipline", "audit", "reporting", "pledge"]
SANCTION_WORDS = ["奖惩", "奖励", "惩", "考核", "责任追究", "追究", "问责"]
MAX_DEPTH = 6


# --- rows → models -----------------------------------------------------------------------------


def organ_ref(row: dict[str, Any]) -> m.OrganRef:
    return m.OrganRef(
        id=row["id"], name=row["name"], level=row.get("level"), kind=row.get("kind"), document=row["document"]
    )


def cite(row: dict[str, Any], quote_key: str) -> dict[str, Any]:
    """The fields of a Citation from a row whose ``quote_key`` holds the quoted text."""
    return {
        "document": row["document"],
        "article": row.get("article"),
        "article_key": row.get("article_key"),
        "label": row.get("label"),
        "quote": row[quote_key],
        "start": row["start"],
        "end": row["end"],
    }


def citation(row: dict[str, Any], quote_key: str) -> m.Citation:
    return m.Citation(**cite(row, quote_key))


def duty(row: dict[str, Any]) -> m.Duty:
    return m.Duty(**{**row, "topics": row.get("topics") or [], "holders": row.get("holders") or []})


def edge(row: dict[str, Any]) -> m.Edge:
    return m.Edge(
        id=row.get("id"),
        type=row["type"],
        source=organ_ref(row["source"]),
        target=organ_ref(row["target"]),
        implicit=row.get("implicit"),
        confidence=row.get("confidence"),
        modes=row.get("modes") or [],
        topics=row.get("topics") or [],
        what=row.get("what"),
        frequency=row.get("frequency"),
        citation=citation(row, "evidence"),
    )


def liability(row: dict[str, Any]) -> m.Liability:
    return m.Liability(organ=organ_ref(row["organ"]), citation=citation(row, "evidence"))


# --- documents ---------------------------------------------------------------------------------


MAX_PAGE = 500  # the most documents one listing returns (and /ask's reports read)
_LEVEL_RANKS = {level: i for i, level in enumerate(LEVEL_ORDER)}


def _level_rank(level: str | None) -> int:
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)


async def list_documents(session: AsyncSession, offset: int, limit: int) -> m.DocumentList:
    page = await q.documents(session, offset, limit, _LEVEL_RANKS)
    docs = [m.DocumentSummary(**row["document"], counts=m.Counts(**row["counts"])) for row in page["documents"]]
    return m.DocumentList(documents=docs, total=page["total"], offset=offset, limit=limit)


async def get_document(session: AsyncSession, document_id: str) -> m.DocumentDetail:
    row = await q.document(session, document_id)
    if row is None:
        raise NotFoundError(f"no document {document_id!r}")
    return m.DocumentDetail(
        **row["document"],
        counts=m.Counts(**row["counts"]),
        chapters=[m.Chapter(**c) for c in row["chapters"]],
    )


def article_key(number: str) -> str:
    """``10``, ``a10``, ``10-1`` → the article key (``a10``, ``a10-1``)."""
    match = re.fullmatch(r"a?(\d+)(?:-(\d+))?", number.strip())
    if not match:
        raise BadRequestError(f"article number {number!r}: expected digits such as 10 or 10-1 (第十条之一)")
    return f"a{int(match[1])}" + (f"-{int(match[2])}" if match[2] else "")


async def get_article(session: AsyncSession, document_id: str, number: str) -> m.ArticleDetail:
    key = article_key(number)
    row = await q.article(session, document_id, key)
    if row is None:
        if await q.document(session, document_id) is None:
            raise NotFoundError(f"no document {document_id!r}")
        raise NotFoundError(f"document {document_id!r} has no article {key}")
    return m.ArticleDetail(
        **row["article"],
        chapter=m.Chapter(**row["chapter"]) if row["chapter"] else None,
        duties=[duty(d) for d in row["duties"]],
        relations=[edge(e) for e in row["relations"]],
        liabilities=[liability(x) for x in row["liabilities"]],
    )


async def pick_document(
    session: AsyncSession, document_id: str | None = None, place: str | None = None
) -> tuple[str, str | None]:
    """The document to answer from, and a note saying why when it was not named."""
    if document_id:
        # Look the named document up; listing them all costs time that grows with the corpus.
        if await q.document(session, document_id) is None:
            raise NotFoundError(f"no document {document_id!r}")
        return document_id, None
    row = await q.default_document(session, place, list(genre_titles()), _LEVEL_RANKS)
    if row is None:
        raise NotFoundError(f"no loaded document for {place}" if place else "no document is loaded")
    if place:
        return row["id"], f"{place}: using {row['id']}"
    return row["id"], f"no place named: using {row['id']} (documents of the genre first, then the highest level)"


# --- organs ------------------------------------------------------------------------------------


async def list_organs(
    session: AsyncSession, q_: str | None, level: str | None, kind: str | None, document_id: str | None
) -> m.OrganList:
    rows = await q.organs(session, q_ or None, parse_level(level), kind or None, document_id or None)
    return m.OrganList(organs=[m.OrganSummary(**_organ_summary(r)) for r in rows])


def _organ_summary(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "aliases": row.get("aliases") or [], "covers": row.get("covers") or []}


async def get_organ(session: AsyncSession, organ_id: str) -> m.OrganDetail:
    row = await q.organ(session, organ_id)
    if row is None:
        raise NotFoundError(f"no organ {organ_id!r} (ids are <document>/<name>, percent-encoded)")
    out = [edge(e) for e in row["outgoing"]]
    inc = [edge(e) for e in row["incoming"]]

    def of(edges: list[m.Edge], kind: str) -> list[m.Edge]:
        return [e for e in edges if e.type == kind]

    return m.OrganDetail(
        organ=m.OrganSummary(**_organ_summary(row["organ"])),
        duties=[duty(d) for d in row["duties"]],
        supervised_by=of(inc, "SUPERVISES"),
        supervises=of(out, "SUPERVISES"),
        guided_by=of(inc, "GUIDES"),
        guides=of(out, "GUIDES"),
        assisted_by=of(inc, "ASSISTS"),
        assists=of(out, "ASSISTS"),
        reports_to=of(out, "REPORTS_TO"),
        reported_by=of(inc, "REPORTS_TO"),
        part_of=of(out, "PART_OF"),
        parts=of(inc, "PART_OF"),
        liabilities=[liability(x) for x in row["liabilities"]],
    )


# --- the accountability chain -------------------------------------------------------------------


class _Chain:
    """Accumulates hops and organs in the order they are found, as plain dicts: the answer is
    validated once, as a whole, by AccountabilityAnswer (a model per hop cost a sixth of a request).
    Organ dicts are the statement's organ maps, already in OrganRef's shape."""

    def __init__(self) -> None:
        self.hops: list[dict[str, Any]] = []
        self.organs: dict[str, dict[str, Any]] = {}
        self.seen: set[tuple[str, str]] = set()

    def add(
        self,
        role: m.Role,
        depth: int,
        organ: dict[str, Any],
        relation: str,
        quote: dict[str, Any],
        below: dict[str, Any] | None = None,
        duty_id: str | None = None,
        responsibility: str | None = None,
    ) -> bool:
        """Record a hop (``quote``: the fields of its Citation); True when the organ is new."""
        key = (duty_id or f"{relation}:{quote['start']}:{quote['end']}:{(below or {}).get('id')}", organ["id"])
        if key in self.seen:
            return False
        self.seen.add(key)
        self.hops.append(
            {
                "step": len(self.hops) + 1,
                "depth": depth,
                "role": role,
                "organ": organ,
                "relation": relation,
                "below": below,
                "duty": duty_id,
                "responsibility": responsibility,
                "citation": quote,
            }
        )
        known = self.organs.get(organ["id"])
        if known is None:
            self.organs[organ["id"]] = {**organ, "roles": [role], "depth": depth}
            return True
        if role not in known["roles"]:
            known["roles"].append(role)
        return False


def chain_parameters(document_id: str, topic: str, level: str | None) -> dict[str, Any]:
    """The parameters of cypher/api_chain.cypher for a matter at a level."""
    return {
        "document": document_id,
        "topic": topic,
        "level": level,
        "labels": PRIMARY_LABELS,
        "levels": list(LEVEL_ORDER[: LEVEL_ORDER.index(level)]) if level in LEVEL_ORDER else [],
        "oversight": OVERSIGHT_TOPICS,
        "general": GENERAL_DUTY_TOPICS,
        "general_edges": GENERAL_EDGE_TOPICS,
        "words": SANCTION_WORDS,
        # The climb runs over the document's upward edges in memory: fetch all of them.
        "edge_limit": 20 * get_settings().result_limit,
    }


async def chain_facts(session: AsyncSession, document_id: str, topic: str, level: str | None) -> dict[str, Any]:
    """Bearers, overseers, upward edges, sanctions and liabilities: one statement (api_chain)."""
    facts = await q.chain(session, chain_parameters(document_id, topic, level))
    if facts is None:
        raise NotFoundError(f"no document {document_id!r}")
    return facts


async def accountability(
    session: AsyncSession, document_id: str, topic: str, level: str | None
) -> m.AccountabilityAnswer:
    facts = await chain_facts(session, document_id, topic, level)
    chain = _Chain()
    bearers = sorted(
        facts["bearers"], key=lambda r: (LABEL_RANK.get(r["duty"]["responsibility"], 99), r["duty"]["start"])
    )
    _add_duties(chain, "bearer", bearers)
    _add_duties(chain, "overseer", facts["overseers"])
    _climb(chain, facts["edges"], level)
    return m.AccountabilityAnswer.model_validate(
        {
            "document": document_id,
            "topic": topic,
            "level": level,
            "chain": chain.hops,
            "organs": list(chain.organs.values()),
            "sanctions": _sanctions(facts["sanctions"], facts["liabilities"], chain),
        }
    )


def _add_duties(chain: _Chain, role: m.Role, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        d = row["duty"]
        chain.add(
            role,
            0,
            row["organ"],
            "RESPONSIBLE_FOR",
            cite(d, "text"),
            duty_id=d["id"],
            responsibility=d["responsibility"],
        )


Step = tuple[dict[str, Any], dict[str, Any]]  # (the organ above, the edge that leads to it)


def _steps_up(edges: list[dict[str, Any]]) -> Callable[[str], list[Step]]:
    """For an organ id, the edges one step up: who supervises it, whom it (or a role inside it,
    such as its 主要负责人) reports to, the body it is part of."""
    up: dict[str, list[Step]] = defaultdict(list)
    parts: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        if e["type"] == "SUPERVISES":
            up[e["target"]["id"]].append((e["source"], e))
        else:
            up[e["source"]["id"]].append((e["target"], e))
        if e["type"] == "PART_OF":
            parts[e["target"]["id"]].append(e["source"]["id"])

    def steps(organ_id: str) -> list[Step]:
        found = {e["id"]: (o, e) for o, e in up[organ_id]}
        for part in parts[organ_id]:
            found.update({e["id"]: (o, e) for o, e in up[part] if e["type"] == "REPORTS_TO"})
        return sorted(found.values(), key=lambda step: (step[1]["start"], step[0]["id"]))

    return steps


def _climb(chain: _Chain, edges: list[dict[str, Any]], level: str | None) -> None:
    """Follow supervision, reports and membership upward, breadth first, at most MAX_DEPTH steps."""
    steps_up = _steps_up(edges)
    frontier = list(chain.organs)
    roles: dict[str, m.Role] = {"SUPERVISES": "supervisor", "REPORTS_TO": "reported_to", "PART_OF": "body"}
    floor = _level_rank(level) if level else len(LEVEL_ORDER)
    for depth in range(1, MAX_DEPTH + 1):
        reached: list[str] = []
        for organ_id in sorted(set(frontier)):
            for up, e in steps_up(organ_id):
                if up.get("level") in LEVEL_ORDER and _level_rank(up["level"]) > floor:
                    continue  # below the level asked about: not up the chain
                below = e["target"] if e["type"] == "SUPERVISES" else e["source"]
                if chain.add(roles[e["type"]], depth, up, e["type"], cite(e, "evidence"), below=below):
                    reached.append(up["id"])
        if not reached:
            return
        frontier = reached


def _sanctions(
    articles: list[dict[str, Any]], liabilities: list[dict[str, Any]], chain: _Chain
) -> list[dict[str, Any]]:
    """Sanction articles, then liabilities (as the fields of Sanction)."""
    out = [
        {
            "kind": "article",
            "chapter": row["chapter"],
            "citation": cite(
                {**row["article"], "article": row["article"]["number"], "article_key": row["article"]["key"]}, "text"
            ),
        }
        for row in articles
    ]
    # Liabilities of the chain's organs first: they are the ones this matter can reach.
    rows = sorted(liabilities, key=lambda r: (r["organ"]["id"] not in chain.organs, r["start"]))
    out += [{"kind": "liability", "organ": r["organ"], "citation": cite(r, "evidence")} for r in rows]
    return out


# --- what a level or an organ is responsible for -------------------------------------------------


async def responsibilities(
    session: AsyncSession, document_id: str, level: str | None, organ_name: str | None
) -> m.ResponsibilitiesAnswer:
    organs: list[dict[str, Any]] = []
    if organ_name:
        matches = await q.organ_lookup(session, document_id, organ_name)
        if matches:
            best = matches[0]
            organs = [best["organ"], *best["parts"]]
        elif not level:
            raise NotFoundError(f"no organ named {organ_name!r} in {document_id}")
    if not organs and level:
        organs = await q.organs_at_level(session, document_id, level)
    if not organs and not level and not organ_name:
        raise BadRequestError("name a level (e.g. 县级/county) or an organ")
    ids = [o["id"] for o in organs]
    duties = await q.duties_of(session, ids)
    relations = await q.edges_from(session, ids, ["SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO"])
    return m.ResponsibilitiesAnswer(
        document=document_id,
        level=level,
        organ=organs[0]["name"] if organ_name and organs else None,
        organs=[organ_ref(o) for o in organs],
        duties=[duty(d) for d in duties],
        relations_out=[edge(e) for e in relations],
    )


# --- who reports to whom ------------------------------------------------------------------------


async def reports(
    session: AsyncSession, document_ids: list[str], frequency: str | None, level: str | None
) -> m.ReportsAnswer:
    rows = await q.reports(session, document_ids, frequency, level)
    return m.ReportsAnswer(documents=document_ids, frequency=frequency, level=level, edges=[edge(r) for r in rows])


# --- what a provincial text adds ----------------------------------------------------------------


async def additions(session: AsyncSession, document_id: str, base_id: str) -> m.AdditionsAnswer:
    """Duties of ``document_id`` with no counterpart in ``base_id``: the additions of the comparison
    of the two stored graphs (graph/compare.py, as GET /compare)."""
    comparison, _, _ = await compare_stored_async(session, base_id, document_id)
    new = {d.duty: d for d in comparison.duties if d.cls == "new"}
    rows = [row for row in await q.document_duties(session, document_id) if row["id"] in new]
    return m.AdditionsAnswer(
        document=document_id,
        base_document=base_id,
        method="alignment",
        threshold=lexicon().thresholds["duty_match"],
        duties=[
            m.Addition(duty=duty(r), closest=new[r["id"]].closest, similarity=new[r["id"]].similarity) for r in rows
        ],
    )


# --- /ask ---------------------------------------------------------------------------------------


async def ask(session: AsyncSession, question: str) -> m.AskResponse:
    meaning = interpret(question)
    notes: list[str] = []
    answer: m.AccountabilityAnswer | m.ResponsibilitiesAnswer | m.ReportsAnswer | m.AdditionsAnswer
    document_id: str | None
    if meaning.intent == "reports":
        if meaning.place:
            document_id, note = await pick_document(session, place=meaning.place)
            ids = [document_id]
            notes.append(note or "")
        else:
            docs = (await list_documents(session, 0, MAX_PAGE)).documents
            document_id, ids = None, [d.id for d in docs]
            notes.append("no place named: reports of every loaded document")
        answer = await reports(session, ids, meaning.frequency, meaning.level)
    elif meaning.intent == "additions":
        document_id, base_id, note = await _additions_pair(session, meaning)
        notes.append(note)
        answer = await additions(session, document_id, base_id)
    else:
        document_id, note = await pick_document(session, place=meaning.place)
        if note:
            notes.append(note)
        if meaning.intent == "accountability" and meaning.topic:
            answer = await accountability(session, document_id, meaning.topic, meaning.level)
        else:
            answer = await responsibilities(session, document_id, meaning.level, meaning.organ)
    interpretation = m.InterpretationOut(
        **meaning.params(), document=document_id, understood=meaning.understood, notes=[n for n in notes if n]
    )
    return m.AskResponse(question=question, interpretation=interpretation, answer=answer, summary=summarise(answer))


async def _additions_pair(session: AsyncSession, meaning: Interpretation) -> tuple[str, str, str]:
    docs = (await list_documents(session, 0, 2)).documents
    if len(docs) < 2:
        raise NotFoundError("comparing needs two loaded documents (a national and a provincial one)")
    base = docs[0]
    if meaning.place:
        document_id, _ = await pick_document(session, place=meaning.place)
    else:
        document_id = next(d.id for d in docs[1:])
    if document_id == base.id:
        base = docs[1]
    return document_id, base.id, f"comparing {document_id} with {base.id}"


# --- a readable summary (the CLI prints it; /ask returns it) ------------------------------------


def _quote(c: m.Citation, width: int = 60) -> str:
    text = c.quote if len(c.quote) <= width else c.quote[: width - 1] + "…"
    return f"{c.label or c.article_key or ''}「{text}」[{c.start}:{c.end}]"


def _link(hop: m.ChainHop) -> str:
    """The hop as the graph reads it: who does what to whom."""
    if hop.below is None:
        return hop.organ.name + (f" ({hop.responsibility})" if hop.responsibility else "")
    if hop.relation == "SUPERVISES":
        return f"{hop.organ.name} SUPERVISES {hop.below.name}"
    return f"{hop.below.name} {hop.relation} {hop.organ.name}"


def summarise(
    answer: m.AccountabilityAnswer | m.ResponsibilitiesAnswer | m.ReportsAnswer | m.AdditionsAnswer,
) -> list[str]:
    if isinstance(answer, m.AccountabilityAnswer):
        lines = [f"{answer.document}: {answer.topic} at {answer.level or 'every level'} — {len(answer.organs)} organs"]
        for hop in answer.chain:
            lines.append(f"{hop.step:>3}. [{hop.role}] {_link(hop)} {_quote(hop.citation)}")
        lines += [
            f"  sanction: {(s.organ.name + ' ') if s.organ else ''}{_quote(s.citation)}" for s in answer.sanctions
        ]
        return lines
    if isinstance(answer, m.ResponsibilitiesAnswer):
        who = answer.organ or answer.level or ""
        lines = [
            f"{answer.document}: {who} — {len(answer.duties)} duties of {', '.join(o.name for o in answer.organs)}"
        ]
        lines += [f"  - {d.label or d.article_key}: {d.text} [{d.start}:{d.end}]" for d in answer.duties]
        lines += [f"  {e.type} {e.target.name} {_quote(e.citation)}" for e in answer.relations_out]
        return lines
    if isinstance(answer, m.ReportsAnswer):
        lines = [
            f"{', '.join(answer.documents)}: {len(answer.edges)} reporting lines"
            + (f" ({answer.frequency})" if answer.frequency else "")
        ]
        lines += [
            f"  {e.source.name} → {e.target.name}: {e.what or '—'} [{e.frequency or 'unspecified'}] "
            f"{_quote(e.citation)}"
            for e in answer.edges
        ]
        return lines
    lines = [
        f"{answer.document} vs {answer.base_document} ({answer.method}): {len(answer.duties)} duties "
        "without a close counterpart"
    ]
    lines += [
        f"  - {a.duty.label or a.duty.article_key}: {a.duty.text} [{a.duty.start}:{a.duty.end}]" for a in answer.duties
    ]
    return lines


def resolve_topic_level(topic: str | None, level: str | None) -> tuple[str, str | None]:
    """Topic (required) and level from English codes or Chinese words, for /accountability."""
    if not topic:
        raise BadRequestError("topic is required (e.g. fund/资金, exit/贫困退出)")
    return parse_topic(topic), parse_level(level)
