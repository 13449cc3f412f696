"""Organs qualified by a place or an event (session 12): a body after the place of an event keeps the
level of its own level word; a government of no level qualified by a place is a collective of the local
governments of that place, one per place word, apart from 上级X; a department of such a government is
the local collective of its function where the document names one. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, edges, holder_names, organ_id


def test_a_body_after_the_place_of_an_event_keeps_its_level() -> None:
    mentions = find_mentions("山洪发生地县级人民政府水行政主管部门应当及时清点损毁堤防。", "central")
    assert [(m.level, m.head) for m in mentions] == [("county", "主管部门")]
    graph = document(
        "第一条 县级人民政府水行政主管部门应当建立堤防巡查制度。\n"
        "第二条 山洪退去后，受灾地区县级人民政府水行政主管部门应当清点损毁堤防，并向本级人民政府报告。\n",
        "堤防抢护条例",
    )
    assert holder_names(graph, 2) == {"县级人民政府水行政主管部门"}
    assert ("县级人民政府水行政主管部门", "县级人民政府") in edges(graph, "REPORTS_TO")
    assert "国务院" not in {target for _, target in edges(graph, "REPORTS_TO")}


def test_a_government_of_no_level_qualified_by_a_place_is_a_local_collective() -> None:
    graph = document(
        "第一条 受灾地区人民政府应当组织转移被困群众。\n"
        "第二条 山洪发生地人民政府应当设置临时安置点。\n"
        "第三条 县级以上地方人民政府应当将堤防经费列入本级预算。\n",
        "堤防抢护条例",
    )
    affected = organ_id(graph, "受灾地区人民政府")
    struck = organ_id(graph, "山洪发生地人民政府")
    assert affected != struck  # one collective per place word
    by_id = {o.id: o for o in graph.organs}
    assert by_id[affected].collective and by_id[affected].level == "provincial"
    assert by_id[struck].collective
    assert organ_id(graph, "县级以上地方人民政府") not in (affected, struck)


def test_a_department_of_a_placed_government_is_the_local_collective() -> None:
    graph = document(
        "第一条 县级以上地方人民政府水行政主管部门负责本行政区域的堤防管理。\n"
        "第二条 受灾地区人民政府水行政主管部门应当每日统计堤防损毁情况。\n",
        "堤防抢护条例",
    )
    assert holder_names(graph, 2) == {"县级以上地方人民政府水行政主管部门"}


def test_the_staff_of_a_body_is_a_role_node_not_the_body() -> None:
    graph = document(
        "第一条 县级人民政府水行政主管部门负责堤防巡查。\n"
        "第二条 国家机关工作人员在堤防抢护中玩忽职守的，由监察机关依法给予处分。\n"
        "第三条 县级人民政府水行政主管部门及其工作人员未履行巡查职责的，由上级主管部门责令改正。\n",
        "堤防抢护条例",
    )
    staff = organ_id(graph, "国家机关工作人员")
    assert {o.id: o for o in graph.organs}[staff].kind == "individual_role"
    assert "国家机关" not in {o.name for o in graph.organs}
    # 及其工作人员 stays with its body: no bare staff node
    assert "工作人员" not in {o.name for o in graph.organs}
