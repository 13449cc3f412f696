"""graph/analysis.py on a small graph built by hand (no database).

中央 ──SUPERVISES──▶ 省 ──SUPERVISES (twice)──▶ 县 ◀──PART_OF── 县长 ──REPORTS_TO──▶ 市
省 ──REPORTS_TO──▶ 中央
纪委 ──SUPERVISES──▶ 巡视组 ──SUPERVISES──▶ 纪委   (a cycle)
乡 bears a duty and nobody is above it.
"""

from __future__ import annotations

import networkx as nx
import pytest

from graph import analysis
from graph.projection import build


def _graph() -> nx.MultiDiGraph:
    organs = ["中央", "省", "县", "县长", "市", "纪委", "巡视组", "乡"]
    nodes = [{"id": f"t/{o}", "labels": ["Organ"], "props": {"id": f"t/{o}", "name": o}} for o in organs]
    duties = {"d1": ["县"], "d2": ["县长"], "d3": ["乡"], "d4": ["中央"], "d5": ["纪委"]}
    nodes += [{"id": f"t/{d}", "labels": ["Duty"], "props": {"id": f"t/{d}", "text": d}} for d in duties]
    nodes.append({"id": "t/a1", "labels": ["Article"], "props": {"id": "t/a1", "label": "第一条"}})
    rels = [
        ("中央", "省", "SUPERVISES"),
        ("省", "县", "SUPERVISES"),
        ("省", "县", "SUPERVISES"),  # a second article saying the same: a parallel edge
        ("省", "中央", "REPORTS_TO"),
        ("县长", "县", "PART_OF"),
        ("县长", "市", "REPORTS_TO"),
        ("纪委", "巡视组", "SUPERVISES"),
        ("巡视组", "纪委", "SUPERVISES"),
    ]
    rows = [{"source": f"t/{a}", "target": f"t/{b}", "type": t, "props": {}} for a, b, t in rels]
    for duty, holders in duties.items():
        rows += [{"source": f"t/{h}", "target": f"t/{duty}", "type": "RESPONSIBLE_FOR", "props": {}} for h in holders]
        rows.append({"source": f"t/{duty}", "target": "t/a1", "type": "CITES", "props": {}})
    return build(nodes, rows)


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return _graph()


def test_projection_keeps_parallel_edges_and_captions(graph: nx.MultiDiGraph) -> None:
    assert graph.number_of_edges("t/省", "t/县") == 2
    assert graph.nodes["t/县长"]["caption"] == "县长"
    assert graph.nodes["t/a1"]["caption"] == "第一条"


def test_chain_ends(graph: nx.MultiDiGraph) -> None:
    ends = {e.organ: e for e in analysis.chain_ends(graph)}
    # 县 → 省 → 中央 (supervised by, reports to): 中央 ends d1 (县), d2 (县长 is part of 县) and its own d4.
    assert ends["t/中央"] == analysis.ChainEnd("t/中央", 3, 1, 3)
    # d2 also climbs from 县长 to 市 (REPORTS_TO): a second top for the same duty.
    assert ends["t/市"] == analysis.ChainEnd("t/市", 1, 0, 1)
    # 乡 answers to no one: its chain ends at itself.
    assert ends["t/乡"] == analysis.ChainEnd("t/乡", 1, 1, 1)
    # 纪委 and 巡视组 supervise each other and nobody is above them: both end d5.
    assert ends["t/纪委"] == analysis.ChainEnd("t/纪委", 1, 1, 1)
    assert ends["t/巡视组"] == analysis.ChainEnd("t/巡视组", 1, 0, 1)
    assert not {"t/省", "t/县", "t/县长"} & set(ends)
    assert analysis.chain_ends(graph)[0].organ == "t/中央"


def test_unsupervised_duties(graph: nx.MultiDiGraph) -> None:
    loose = {u.duty: u for u in analysis.unsupervised_duties(graph)}
    # 县 is supervised; 县长 through the body it is part of; 纪委 by 巡视组.
    assert set(loose) == {"t/d3", "t/d4"}
    assert loose["t/d3"].holders == ["t/乡"] and loose["t/d3"].article == "t/a1"


def test_supervision_cycles(graph: nx.MultiDiGraph) -> None:
    assert analysis.supervision_cycles(graph) == [["t/巡视组", "t/纪委"]]


def test_silent_bearers(graph: nx.MultiDiGraph) -> None:
    silent = {s.organ for s in analysis.silent_bearers(graph)}
    # 县 reports through its 县长; 县长 itself reports; 中央 is the top and reports to no one.
    assert silent == {"t/乡", "t/中央", "t/纪委"}


def test_empty_graph() -> None:
    empty = build([], [])
    assert analysis.chain_ends(empty) == []
    assert analysis.unsupervised_duties(empty) == []
    assert analysis.supervision_cycles(empty) == []
    assert analysis.silent_bearers(empty) == []
