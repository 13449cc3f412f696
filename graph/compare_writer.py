"""Comparisons and Neo4j: read loaded documents back as DocumentGraphs, store IMPLEMENTS/CORRESPONDS_TO.

A comparison is computed from the graphs as stored (graph/compare.py), so it works on any loaded
document, whatever file it came from. Its relationships carry ``pair`` (``<other>-><base>``),
``document`` (the other text's id) and ``base_document``; one write transaction MERGEs them, stamps
a fresh ``compare_tag`` and deletes the pair's relationships the run did not touch, so a recompute
replaces the previous comparison of the pair and leaves nothing stale.

The tag is not the loader's ``load_tag``: reloading a document leaves its comparisons alone (the
loader's cleanup only removes relationships whose ``load_tag`` it can see), and a comparison
whose articles or organs a reload removed goes with them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, AsyncSession, Driver, ManagedTransaction, RoutingControl

import cypher
from graph import queries
from graph.compare import Comparison, compare
from graph.errors import NotFoundError
from graph.model import DocumentGraph
from graph.writer import article_id


@dataclass(frozen=True)
class CompareWriteSummary:
    pair: str
    organs: int
    articles: int
    documents: int


# --- reading documents back ---------------------------------------------------------------------


def graph_from_row(row: dict[str, Any] | None, document_id: str) -> DocumentGraph:
    """The DocumentGraph of a ``compare_read_document`` row (no relations: a comparison needs none)."""
    if row is None:
        raise NotFoundError(f"no loaded document {document_id!r}")
    return DocumentGraph.model_validate(
        {"document": row["document"], "articles": row["articles"], "organs": row["organs"], "duties": row["duties"]}
    )


def read_graph(driver: Driver, document_id: str, database: str | None = None) -> DocumentGraph:
    """A loaded document as a DocumentGraph; NotFoundError when it is not loaded."""
    # Notifications off: a property no document has yet (suffix) would only warn on stderr.
    with driver.session(
        database=database, default_access_mode=READ_ACCESS, notifications_min_severity="OFF"
    ) as session:
        row = session.execute_read(_read_row, document_id)
    return graph_from_row(row, document_id)


def _read_row(tx: ManagedTransaction, document_id: str) -> dict[str, Any] | None:
    record = tx.run(cypher.load("compare_read_document"), document=document_id).single()
    return record.data() if record else None


async def read_graph_async(session: AsyncSession, document_id: str) -> DocumentGraph:
    """The same through the API's session (the named-query runner: timeout, one read transaction)."""
    rows = await queries.run(session, "compare_read_document", document=document_id)
    return graph_from_row(rows[0] if rows else None, document_id)


def compare_stored(driver: Driver, base_id: str, other_id: str, database: str | None = None) -> Comparison:
    """Compare two loaded documents (read back from Neo4j)."""
    return compare(read_graph(driver, base_id, database), read_graph(driver, other_id, database))


async def compare_stored_async(
    session: AsyncSession, base_id: str, other_id: str
) -> tuple[Comparison, DocumentGraph, DocumentGraph]:
    """Compare two loaded documents through the API's session; also return the two graphs."""
    base = await read_graph_async(session, base_id)
    other = await read_graph_async(session, other_id)
    return compare(base, other), base, other


# --- writing a comparison -----------------------------------------------------------------------


def write_comparison(driver: Driver, comparison: Comparison, database: str | None = None) -> CompareWriteSummary:
    """Store the comparison's IMPLEMENTS and CORRESPONDS_TO in one transaction (idempotent)."""
    with driver.session(database=database) as session:
        return session.execute_write(_write, comparison, uuid.uuid4().hex)


def _write(tx: ManagedTransaction, comparison: Comparison, tag: str) -> CompareWriteSummary:
    params: dict[str, Any] = {
        "pair": comparison.pair,
        "document": comparison.other,
        "base": comparison.base,
        "tag": tag,
    }
    organs = [{"other": p.other, "base": p.base, "score": p.score, "evidence": p.evidence} for p in comparison.organs]
    articles = [
        {
            "other": article_id(comparison.other, a.other),
            "base": article_id(comparison.base, a.base),
            "confidence": a.confidence,
            "evidence": list(a.evidence),
        }
        for a in comparison.articles
    ]
    ref = comparison.document
    documents = [] if ref is None else [{**vars(ref)}]
    tx.run(cypher.load("compare_write_organs"), rows=organs, **params)
    tx.run(cypher.load("compare_write_articles"), rows=articles, **params)
    tx.run(cypher.load("compare_write_document"), rows=documents, **params)
    tx.run(cypher.load("compare_cleanup"), **params)
    return CompareWriteSummary(comparison.pair, len(organs), len(articles), len(documents))


def stored_relationships(driver: Driver, pair: str, database: str | None = None) -> list[dict[str, Any]]:
    """The relationships stored for a comparison ``<other>-><base>``."""
    records, _, _ = driver.execute_query(
        cypher.load("compare_stored"), pair=pair, limit=100_000, database_=database, routing_=RoutingControl.READ
    )
    return [r.data() for r in records]
