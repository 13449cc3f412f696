"""The networkx projection of stored documents: their whole subgraph as one ``MultiDiGraph``.

Nodes are keyed by their respgraph id and carry every stored property plus ``type`` (the Neo4j
label) and ``caption`` (what a person reads: organ name, 第N条, duty text, chapter or document
title). Edges carry ``type`` (the relationship type) and the relationship's properties. Parallel
edges are kept (two SUPERVISES between the same organs from two articles are two facts).
Everything is read through the named ``cypher/export_*.cypher`` queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx
from neo4j import Driver

import cypher

Row = dict[str, Any]
# Written by the loader for its own bookkeeping; not a fact of the document.
INTERNAL_PROPERTIES = frozenset({"load_tag", "aliases_text"})
NODE_LABELS = ("Document", "Chapter", "Article", "Organ", "Duty")


def document_ids(driver: Driver, database: str | None = None) -> list[str]:
    """The ids of every loaded document."""
    records, _, _ = driver.execute_query(cypher.load("export_documents"), database_=database)
    return [str(r["id"]) for r in records]


def fetch(
    driver: Driver, documents: Sequence[str], database: str | None = None, within: Sequence[str] | None = None
) -> tuple[list[Row], list[Row]]:
    """Node rows of ``documents`` and the relationships from them to nodes of ``within`` (default: themselves)."""
    params = {"documents": list(documents), "within": list(within if within is not None else documents)}
    nodes, _, _ = driver.execute_query(cypher.load("export_nodes"), params, database_=database)
    rels, _, _ = driver.execute_query(cypher.load("export_relationships"), params, database_=database)
    return [r.data() for r in nodes], [r.data() for r in rels]


def build(nodes: Iterable[Row], relationships: Iterable[Row]) -> nx.MultiDiGraph:
    """A MultiDiGraph from export rows ({id, labels, props} and {source, target, type, props})."""
    graph = nx.MultiDiGraph()
    for row in nodes:
        label = _primary_label(row["labels"])
        props = _clean(row["props"])
        graph.add_node(row["id"], **props, type=label, caption=caption(label, props))
    for row in relationships:
        graph.add_edge(row["source"], row["target"], **_clean(row["props"]), type=row["type"])
    return graph


def load_graph(
    driver: Driver,
    documents: Sequence[str],
    database: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> nx.MultiDiGraph:
    """The subgraph of ``documents``, read one document at a time (``progress(doc, nodes, rels)``).

    Each document's relationships are read towards all the documents asked for, so the links
    between them (IMPLEMENTS, CORRESPONDS_TO) are kept exactly once.
    """
    nodes: list[Row] = []
    rels: list[Row] = []
    for document in documents:
        doc_nodes, doc_rels = fetch(driver, [document], database, within=documents)
        nodes += doc_nodes
        rels += doc_rels
        if progress:
            progress(document, len(doc_nodes), len(doc_rels))
    graph = build(nodes, rels)
    graph.graph["documents"] = list(documents)
    return graph


def caption(label: str, props: Row) -> str:
    """The text a person reads on a node."""
    keys = {"Organ": "name", "Article": "label", "Duty": "text", "Chapter": "title", "Document": "title"}
    value = props.get(keys.get(label, "id")) or props.get("id") or ""
    return str(value)


def counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Nodes per label and edges per type, for summaries."""
    out: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        out[data["type"]] = out.get(data["type"], 0) + 1
    for _, _, data in graph.edges(data=True):
        out[data["type"]] = out.get(data["type"], 0) + 1
    return out


def _primary_label(labels: Sequence[str]) -> str:
    known = [label for label in labels if label in NODE_LABELS]
    return known[0] if known else (sorted(labels)[0] if labels else "Node")


def _clean(props: Row) -> Row:
    """Drop bookkeeping and nulls; temporal values become ISO strings (every format can hold them)."""
    out: Row = {}
    for key, value in props.items():
        if key in INTERNAL_PROPERTIES or value is None:
            continue
        out[key] = value.iso_format() if hasattr(value, "iso_format") else value
    return out
