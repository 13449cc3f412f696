"""Serialisations of the networkx projection: GraphML, GEXF, JSON node-link, CSV for
``neo4j-admin database import``, and JSON-LD with W3C ORG and ELI terms.

Each writer takes the graph first. Single-file formats write text to a stream; CSV writes a folder.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

FORMATS = ("graphml", "gexf", "json", "csv", "jsonld")
LIST_SEPARATOR = ";"  # neo4j-admin's default array delimiter, reused for GraphML/GEXF lists


# --- GraphML and GEXF: scalar attributes only ---------------------------------------------------


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are scalars: GraphML and GEXF cannot hold lists."""
    out = nx.MultiDiGraph()
    out.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, data in graph.edges(data=True):
        out.add_edge(u, v, **{k: _scalar(x) for k, x in data.items()})
    return out


def _scalar(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(x) for x in value)
    return value


def write_graphml(graph: nx.MultiDiGraph, stream: TextIO) -> None:
    stream.write("\n".join(nx.generate_graphml(flat(graph))) + "\n")


def write_gexf(graph: nx.MultiDiGraph, stream: TextIO) -> None:
    copy = flat(graph)
    for _, data in copy.nodes(data=True):
        # GEXF shows "label"; the Article's own 第N条 label is its caption anyway.
        data["label"] = data["caption"]
    for _, _, data in copy.edges(data=True):
        # networkx takes an edge's "id" as the GEXF edge id; RESPONSIBLE_FOR etc. have none.
        if "id" in data:
            data["relation_id"] = data.pop("id")
    buffer = io.BytesIO()
    nx.write_gexf(copy, buffer)
    stream.write(buffer.getvalue().decode("utf-8"))


# --- JSON node-link -------------------------------------------------------------------------------


def node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def write_json(graph: nx.MultiDiGraph, stream: TextIO) -> None:
    json.dump(node_link(graph), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


# --- CSV for neo4j-admin database import ------------------------------------------------------------


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """One nodes file per label and one relationships file per type, with import headers.

    Import with ``neo4j-admin database import full --multiline-fields=true
    --nodes=nodes_*.csv --relationships=relationships_*.csv`` (texts span lines).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for label in sorted({d["type"] for _, d in graph.nodes(data=True)}):
        rows = [(n, d) for n, d in graph.nodes(data=True) if d["type"] == label]
        written.append(_node_file(folder / f"nodes_{label}.csv", rows, label))
    for rel_type in sorted({d["type"] for _, _, d in graph.edges(data=True)}):
        edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == rel_type]
        written.append(_relationship_file(folder / f"relationships_{rel_type}.csv", edges))
    return written


def _node_file(path: Path, rows: list[tuple[str, dict[str, Any]]], label: str) -> Path:
    # "id:ID" both keys the import and stores the id property, as the loader does.
    columns = _columns([d for _, d in rows], skip={"type", "id", "caption"})
    header = ["id:ID", *[_typed_header(name, kind) for name, kind in columns], ":LABEL"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for node, data in rows:
            writer.writerow([node, *[_csv_value(data.get(name)) for name, _ in columns], label])
    return path


def _relationship_file(path: Path, edges: list[tuple[str, str, dict[str, Any]]]) -> Path:
    columns = _columns([d for _, _, d in edges], skip={"type"})
    header = [":START_ID", ":END_ID", ":TYPE", *[_typed_header(name, kind) for name, kind in columns]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for u, v, data in edges:
            writer.writerow([u, v, data["type"], *[_csv_value(data.get(name)) for name, _ in columns]])
    return path


def _columns(records: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    """Property names in first-seen order with the import type of their first non-null value."""
    kinds: dict[str, str] = {}
    for record in records:
        for key, value in record.items():
            if key not in skip and key not in kinds:
                kinds[key] = _import_type(value)
    return list(kinds.items())


def _import_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, list | tuple):
        inner = {_import_type(x) for x in value}
        return f"{inner.pop() if len(inner) == 1 else 'string'}[]"
    return "string"


def _typed_header(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_csv_value(x) for x in value)
    return str(value)


# --- JSON-LD ------------------------------------------------------------------------------------------

VOCAB = "urn:respgraph:vocab#"
CONTEXT: dict[str, Any] = {
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rg": VOCAB,
    "rgid": "urn:respgraph:id:",
    "title": "eli:title",
    "jurisdiction": "eli:jurisdiction",
    "issuer": "eli:passed_by",
    "effective": "eli:date_document",
    "number": "eli:number",
    "label": "rdfs:label",
    "name": "skos:prefLabel",
    "aliases": {"@id": "skos:altLabel", "@container": "@set"},
    "kind": "org:classification",
    "text": "rg:text",
    "topics": {"@id": "rg:topic", "@container": "@set"},
    "modes": {"@id": "rg:mode", "@container": "@set"},
    "from": {"@id": "rg:from", "@type": "@id"},
    "to": {"@id": "rg:to", "@type": "@id"},
    "isPartOf": {"@id": "eli:is_part_of", "@type": "@id"},
    "subOrganizationOf": {"@id": "org:subOrganizationOf", "@type": "@id"},
    "postIn": {"@id": "org:postIn", "@type": "@id"},
    "reportsTo": {"@id": "org:reportsTo", "@type": "@id"},
    "cites": {"@id": "dcterms:source", "@type": "@id"},
    "implements": {"@id": "eli:implements", "@type": "@id"},
    "correspondsTo": {"@id": "skos:closeMatch", "@type": "@id"},
    "responsibleFor": {"@id": "rg:responsibleFor", "@type": "@id"},
    "supervises": {"@id": "rg:supervises", "@type": "@id"},
    "guides": {"@id": "rg:guides", "@type": "@id"},
    "assists": {"@id": "rg:assists", "@type": "@id"},
    "interprets": {"@id": "rg:interprets", "@type": "@id"},
    "liableUnder": {"@id": "rg:liableUnder", "@type": "@id"},
}
# Node label → JSON-LD type; an individual role (主要负责人) is an org:Post, a body org:Organization.
_NODE_TYPES = {
    "Document": "eli:LegalResource",
    "Chapter": "eli:LegalResourceSubdivision",
    "Article": "eli:LegalResourceSubdivision",
    "Duty": "rg:Duty",
}
# Every relationship is stated on its start node with an org:/eli: term where one fits, and is also
# a resource of its own (type rg:<TYPE>) holding its properties: evidence, span, modes …
_DIRECT = {
    "IN_CHAPTER": "isPartOf",
    "IN_DOCUMENT": "isPartOf",
    "CITES": "cites",
    "REPORTS_TO": "reportsTo",
    "IMPLEMENTS": "implements",
    "CORRESPONDS_TO": "correspondsTo",
    "RESPONSIBLE_FOR": "responsibleFor",
    "SUPERVISES": "supervises",
    "GUIDES": "guides",
    "ASSISTS": "assists",
    "INTERPRETS": "interprets",
    "LIABLE_UNDER": "liableUnder",
}


def ld_id(node_id: str) -> str:
    """A compact IRI (``rgid:`` expands to ``urn:respgraph:id:``) for a respgraph id."""
    return f"rgid:{node_id}"


def json_ld(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """One JSON-LD document: nodes with direct links, plus each relationship as a qualified resource."""
    nodes: dict[str, dict[str, Any]] = {n: _ld_node(n, d) for n, d in graph.nodes(data=True)}
    relations = []
    for index, (u, v, data) in enumerate(graph.edges(data=True)):
        _link(nodes[u], graph.nodes[u], data["type"], v)
        relations.append(_ld_relation(index, u, v, data))
    return {"@context": CONTEXT, "@graph": [*nodes.values(), *relations]}


def _ld_node(node: str, data: dict[str, Any]) -> dict[str, Any]:
    label = data["type"]
    if label == "Organ":
        ld_type = "org:Post" if data.get("kind") == "individual_role" else "org:Organization"
    else:
        ld_type = _NODE_TYPES.get(label, f"rg:{label}")
    body = {k: v for k, v in data.items() if k not in ("type", "id", "caption")}
    return {"@id": ld_id(node), "@type": ld_type, **_ld_properties(body)}


def _link(node: dict[str, Any], data: dict[str, Any], rel_type: str, target: str) -> None:
    if rel_type == "PART_OF":
        key = "postIn" if data.get("kind") == "individual_role" else "subOrganizationOf"
    else:
        key = _DIRECT.get(rel_type, "")
    if key:
        node.setdefault(key, []).append(ld_id(target))


def _ld_relation(index: int, source: str, target: str, data: dict[str, Any]) -> dict[str, Any]:
    rel_id = data.get("id") or f"{source}#{data['type']}-{index}"
    body = {k: v for k, v in data.items() if k not in ("type", "id")}
    head = {"@id": ld_id(rel_id), "@type": f"rg:{data['type']}", "from": ld_id(source), "to": ld_id(target)}
    return {**head, **_ld_properties(body)}


def _ld_properties(props: dict[str, Any]) -> dict[str, Any]:
    """Known keys use their context term; others go to the rg: vocabulary."""
    return {(k if k in CONTEXT else f"rg:{k}"): v for k, v in props.items()}


def write_jsonld(graph: nx.MultiDiGraph, stream: TextIO) -> None:
    json.dump(json_ld(graph), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


STREAM_WRITERS: dict[str, Callable[[nx.MultiDiGraph, TextIO], None]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "jsonld": write_jsonld,
}
