"""graph/formats.py and the analyze table on a small hand-built projection (no database)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx

from graph import formats
from graph.projection import build
from respgraph.cli_analyze import table, width


def _graph() -> nx.MultiDiGraph:
    nodes = [
        {"id": "t", "labels": ["Document"], "props": {"id": "t", "title": "某责任制", "level": "county"}},
        {
            "id": "t/a1",
            "labels": ["Article"],
            "props": {"id": "t/a1", "label": "第一条", "number": 1, "text": "甲\n乙"},
        },
        {
            "id": "t/县委",
            "labels": ["Organ"],
            "props": {
                "id": "t/县委",
                "name": "县委",
                "aliases": ["县委", "县党委"],
                "collective": True,
                "load_tag": "x",
            },
        },
        {"id": "t/书记", "labels": ["Organ"], "props": {"id": "t/书记", "name": "书记", "kind": "individual_role"}},
        {
            "id": "t/a1.d1",
            "labels": ["Duty"],
            "props": {"id": "t/a1.d1", "text": "负总责", "topics": ["fund", "other"]},
        },
    ]
    rels = [
        {"source": "t/a1", "target": "t", "type": "IN_DOCUMENT", "props": {}},
        {"source": "t/县委", "target": "t/a1.d1", "type": "RESPONSIBLE_FOR", "props": {"responsibility": "负总责"}},
        {"source": "t/a1.d1", "target": "t/a1", "type": "CITES", "props": {}},
        {"source": "t/书记", "target": "t/县委", "type": "PART_OF", "props": {"id": "t/r1", "start": 0, "end": 2}},
        {"source": "t/书记", "target": "t/县委", "type": "REPORTS_TO", "props": {"id": "t/r2", "confidence": 0.5}},
        {"source": "t/书记", "target": "t/县委", "type": "REPORTS_TO", "props": {"id": "t/r3", "modes": ["报告"]}},
    ]
    return build(nodes, rels)


def test_bookkeeping_is_dropped() -> None:
    assert "load_tag" not in _graph().nodes["t/县委"]


def test_graphml_and_gexf_round_trip() -> None:
    graph = _graph()
    out = io.StringIO()
    formats.write_graphml(graph, out)
    keys = re.findall(r'<key id="([^"]+)"', out.getvalue())
    assert len(keys) == len(set(keys)), "GraphML key ids are unique (a node and an edge attribute may share a name)"
    back = nx.read_graphml(io.BytesIO(out.getvalue().encode()))
    assert (back.number_of_nodes(), back.number_of_edges()) == (5, 6)
    assert back.nodes["t/县委"]["aliases"] == "县委;县党委"
    assert back.nodes["t/a1"]["text"] == "甲\n乙"
    out = io.StringIO()
    formats.write_gexf(graph, out)
    gexf = nx.read_gexf(io.BytesIO(out.getvalue().encode()))
    assert (gexf.number_of_nodes(), gexf.number_of_edges()) == (5, 6)
    assert gexf.nodes["t/书记"]["label"] == "书记"


def test_node_link_keeps_lists() -> None:
    out = io.StringIO()
    formats.write_json(_graph(), out)
    data = json.loads(out.getvalue())
    organ = next(n for n in data["nodes"] if n["id"] == "t/县委")
    assert organ["aliases"] == ["县委", "县党委"]
    assert len(data["edges"]) == 6


def test_csv_headers_types_and_arrays(tmp_path: Path) -> None:
    formats.write_csv(_graph(), tmp_path)
    with (tmp_path / "nodes_Organ.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["id:ID", "name", "aliases:string[]", "collective:boolean", "kind", ":LABEL"]
    assert ["t/县委", "县委", "县委;县党委", "true", "", "Organ"] in rows
    with (tmp_path / "relationships_REPORTS_TO.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == [":START_ID", ":END_ID", ":TYPE", "id", "confidence:double", "modes:string[]"]
    assert (tmp_path / "nodes_Article.csv").read_text(encoding="utf-8").count("number:long") == 1


def test_json_ld_terms() -> None:
    ld = formats.json_ld(_graph())
    assert ld["@context"]["org"] == "http://www.w3.org/ns/org#"
    items = {item["@id"]: item for item in ld["@graph"]}
    assert items["rgid:t"]["@type"] == "eli:LegalResource"
    assert items["rgid:t/a1"]["isPartOf"] == ["rgid:t"]
    assert items["rgid:t/县委"]["@type"] == "org:Organization"
    assert items["rgid:t/县委"]["aliases"] == ["县委", "县党委"]
    role = items["rgid:t/书记"]
    assert role["@type"] == "org:Post" and role["postIn"] == ["rgid:t/县委"]
    assert role["reportsTo"] == ["rgid:t/县委", "rgid:t/县委"]
    assert items["rgid:t/r2"] == {
        "@id": "rgid:t/r2",
        "@type": "rg:REPORTS_TO",
        "from": "rgid:t/书记",
        "to": "rgid:t/县委",
        "rg:confidence": 0.5,
    }
    assert items["rgid:t/a1.d1"]["cites"] == ["rgid:t/a1"]


def test_table_aligns_chinese() -> None:
    lines = table(["organ", "n"], [["县级党委和政府", "14"], ["审计署", "3"]]).splitlines()
    assert width(lines[2][: lines[2].index("14")]) == width(lines[3][: lines[3].index("3")])
