"""Relative references seen from a collective spanning levels: 上一级X / 上级X / 下级X of 县级以上…
(or of any local body in a central text) name no single body by level arithmetic, so the dev
annotators keep each as a collective of its own with explicit edges (gw-ducha 下级人民政府, cq-zfzr
上级行政机关). Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, organ_named, short


def _explicit(graph: DocumentGraph, rel_type: str) -> set[tuple[str, str]]:
    return {(short(r.source), short(r.target)) for r in graph.relations if r.type == rel_type and not r.implicit}


def test_superior_department_of_a_spanning_set_is_a_collective_of_its_own() -> None:
    graph = document(
        "第一条 县级以上人民政府水行政主管部门应当编制节水规划，报本级人民政府批准，"
        "并报上一级人民政府水行政主管部门备案。\n"
        "第二条 省人民政府水行政主管部门负责全省节水工作的监督。\n",
        "某省节约用水条例",
    )
    superior = organ_named(graph, "上一级人民政府水行政主管部门")
    assert superior.collective
    # not folded into the provincial department the text names
    assert "上一级人民政府水行政主管部门" not in organ_named(graph, "省人民政府水行政主管部门").aliases
    assert ("县级以上人民政府水行政主管部门", "上一级人民政府水行政主管部门") in _explicit(graph, "REPORTS_TO")


def test_superior_and_next_superior_of_the_set_are_one_node() -> None:
    graph = document(
        "第一条 县级以上人民政府林草主管部门应当将年度计划报上一级林草主管部门备案。\n"
        "第二条 县级以上人民政府林草主管部门发现重大问题的，应当及时报告上级林草主管部门。\n",
        "某省古树名木保护条例",
    )
    superior = organ_named(graph, "上一级林草主管部门")
    assert "上级林草主管部门" in superior.aliases
    assert ("县级以上人民政府林草主管部门", "上一级林草主管部门") in edges(graph, "REPORTS_TO")


def test_lower_governments_of_a_spanning_set_are_one_collective_with_an_explicit_edge() -> None:
    graph = document(
        "第一条 县级以上人民政府应当每年对下级人民政府的节水目标完成情况进行考核。\n",
        "某省节约用水条例",
    )
    assert organ_named(graph, "下级人民政府").collective
    assert ("县级以上人民政府", "下级人民政府") in _explicit(graph, "SUPERVISES")


def test_superior_in_a_central_text_is_a_set_of_its_own() -> None:
    # nothing stands above the centre: 上一级X of the local bodies concerned is no single body
    graph = document(
        "第一条 发生重大险情的，事发地人民政府应当立即组织处置，并向上一级人民政府报告。\n",
        "防汛应急处置条例",
    )
    superior = organ_named(graph, "上一级人民政府")
    assert superior.collective
    assert all(short(o.id) != "国务院" or "上一级人民政府" not in o.aliases for o in graph.organs)


def test_other_departments_of_the_set_keep_its_span() -> None:
    # 其他有关部门 (no level of its own) joined to the spanning set: the 上级X after it is still the set's
    graph = document(
        "第一条 县级以上地方人民政府文物主管部门和其他有关部门在文物保护工作中玩忽职守的，"
        "由本级人民政府或者上级人民政府有关部门责令改正。\n",
        "某省文物保护条例",
    )
    assert organ_named(graph, "上级人民政府有关部门").collective
