"""Persist a validated DocumentGraph: one managed write transaction per document.

One statement (cypher/write_graph.cypher) writes every row of the document with ``UNWIND`` and
``MERGE`` on constrained ids; every node and relationship is stamped with a fresh load tag, and
whatever of the document the load did not touch is removed in the same transaction, so a reload
of an unchanged file leaves every fact as it was and a changed file leaves nothing stale. A
failure anywhere rolls the whole document back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, ManagedTransaction

import cypher
from graph.errors import DocumentConflictError
from graph.model import DocumentGraph


@dataclass(frozen=True)
class WriteSummary:
    document: str
    chapters: int
    articles: int
    organs: int
    duties: int
    relations: int
    replaced: bool


def apply_schema(driver: Driver, database: str | None = None) -> None:
    """Constraints and indexes (IF NOT EXISTS); each DDL statement runs in its own transaction."""
    for statement in cypher.statements("schema"):
        driver.execute_query(statement, database_=database)


def write_document(
    driver: Driver,
    graph: DocumentGraph,
    *,
    replace: bool = False,
    database: str | None = None,
    refresh: bool = True,
) -> WriteSummary:
    """Write one document atomically; refuse an id held by another source unless ``replace``.

    With ``refresh`` the full-text indexes show the document when this returns; a caller writing
    many documents passes False and calls :func:`refresh_search` once after the last.
    """
    tag = uuid.uuid4().hex
    with driver.session(database=database) as session:
        replaced = session.execute_write(_write, graph, tag, replace)
    if refresh:
        refresh_search(driver, database)
    return WriteSummary(
        graph.document.id,
        len(graph.chapters),
        len(graph.articles),
        len(graph.organs),
        len(graph.duties),
        len(graph.relations) + len(graph.liabilities),
        replaced,
    )


def refresh_search(driver: Driver, database: str | None = None) -> None:
    """Wait until the full-text indexes hold every committed write.

    They are eventually consistent (schema.cypher): a commit does not wait for Lucene, which made
    a corpus load ~30% faster; this call is where a loader catches up, once per batch.
    """
    driver.execute_query(cypher.load("refresh_search"), database_=database)


def delete_document(driver: Driver, document_id: str, database: str | None = None) -> None:
    driver.execute_query(cypher.load("delete_document"), document=document_id, database_=database)


def _write(tx: ManagedTransaction, graph: DocumentGraph, tag: str, replace: bool) -> bool:
    doc_id = graph.document.id
    existing = tx.run(cypher.load("document_source"), document=doc_id).single()
    if existing is not None and existing["source"] != graph.document.source and not replace:
        raise DocumentConflictError(
            f"document id {doc_id!r} already holds {existing['source']!r}; use another --document-id or --replace"
        )
    # One statement writes the whole document: round trips, not the server, bound a small document.
    tx.run(cypher.load("write_graph"), graph_params(graph, tag)).consume()
    if existing is not None:  # a fresh document has nothing stale to remove
        tx.run(cypher.load("cleanup_relationships"), document=doc_id, tag=tag).consume()
        tx.run(cypher.load("cleanup_nodes"), document=doc_id, tag=tag).consume()
    return existing is not None


def graph_params(graph: DocumentGraph, tag: str) -> dict[str, Any]:
    """The parameters of write_graph.cypher: the document's row, and every row grouped by part."""
    rows: dict[str, list[dict[str, Any]]] = {
        "chapters": _chapter_rows(graph),
        "articles": _article_rows(graph),
        "organs": _organ_rows(graph),
        "duties": _duty_rows(graph),
        "interprets": [_relation_row(graph, r) for r in graph.relations if r.type == "INTERPRETS"],
        "liabilities": _liability_rows(graph),
    }
    for rel_type in sorted(cypher.RELATION_TYPES):
        rows[rel_type] = [_relation_row(graph, r) for r in graph.relations if r.type == rel_type]
    return {"doc": graph.document.id, "document": _document_row(graph), "tag": tag, "rows": rows}


def article_id(document: str, key: str) -> str:
    return f"{document}/{key}"


def chapter_id(document: str, seq: int) -> str:
    return f"{document}/c{seq}"


def _document_row(graph: DocumentGraph) -> dict[str, Any]:
    return graph.document.model_dump()


def _chapter_rows(graph: DocumentGraph) -> list[dict[str, Any]]:
    doc = graph.document.id
    return [{"id": chapter_id(doc, c.seq), **c.model_dump()} for c in graph.chapters]


def _article_rows(graph: DocumentGraph) -> list[dict[str, Any]]:
    doc = graph.document.id
    return [
        {
            "id": article_id(doc, a.key),
            "chapter_id": chapter_id(doc, a.chapter_seq) if a.chapter_seq else None,
            "props": a.model_dump(exclude={"chapter_seq"}),
        }
        for a in graph.articles
    ]


def _organ_rows(graph: DocumentGraph) -> list[dict[str, Any]]:
    return [{**o.model_dump(), "aliases_text": " ".join(o.aliases)} for o in graph.organs]


def _duty_rows(graph: DocumentGraph) -> list[dict[str, Any]]:
    doc = graph.document.id
    return [
        {
            "id": d.id,
            "article_id": article_id(doc, d.article_key),
            "holders": d.holders,
            "props": d.model_dump(exclude={"id"}),
        }
        for d in graph.duties
    ]


def _relation_row(graph: DocumentGraph, relation: Any) -> dict[str, Any]:
    props = relation.model_dump(exclude={"id", "type", "source", "target"})
    return {"id": relation.id, "source": relation.source, "target": relation.target, "props": props}


def _liability_rows(graph: DocumentGraph) -> list[dict[str, Any]]:
    doc = graph.document.id
    return [{**li.model_dump(), "article_id": article_id(doc, li.article_key)} for li in graph.liabilities]
