"""Round 142 (a power plant as a regulated actor, and the body inside a unit printed as X的Y机构): X电厂 heads a
clause subject; a unit printed as the owner of a body of its own (X的Y机构) is read there, that body sits in it,
holds a duty-list title (X的Y机构的主要职责是：) and is one organ with its run-on print (XY机构). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, names, organ_named

_TITLE = "某某省水电站安全运行条例"


def _graph(body: str) -> DocumentGraph:
    return document("第三条 水电厂应当建立大坝安全巡查制度。\n" + body, _TITLE)


def test_a_power_plant_holds_its_clause() -> None:
    graph = _graph("")
    assert holder_names(graph, 3) == {"水电厂"}


def test_a_body_owned_by_a_plant_sits_in_it() -> None:
    graph = _graph("第四条 水电厂的安全管理机构应当每月汇总监测数据。")
    assert holder_names(graph, 4) == {"安全管理机构"}
    assert "水电厂的安全管理机构" in organ_named(graph, "安全管理机构").aliases
    assert ("安全管理机构", "水电厂") in edges(graph, "PART_OF")


def test_a_body_titled_list_names_the_owned_body() -> None:
    graph = _graph(
        "第四条 水电厂的安全管理机构的主要职责是：\n（一）编制年度监测方案；\n（二）汇总分析监测数据。\n"
        "第五条 年度监测方案由水电厂安全管理机构报送省水行政主管部门备案。"
    )
    assert holder_names(graph, 4) == {"安全管理机构"}
    # the run-on print (no 的) is the same body, and its edge to the plant goes at its first duty
    assert "水电厂安全管理机构" not in names(graph)
    assert "水电厂安全管理机构" in organ_named(graph, "安全管理机构").aliases
    part_of = [r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/安全管理机构")]
    assert [r.article for r in part_of] == [4]
