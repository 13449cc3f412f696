"""Rules of session 25, round n (def56): the bracketed township level 街道(镇)/镇(街道) standing alone
as a subject, and a department named inside a government that acts on its own beside its level's
pair. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, organ_id, short


def _doc(body: str, title: str = "某区街道消防安全责任制规定") -> DocumentGraph:
    return document(body, title)


def test_bare_street_and_town_level_is_a_subject() -> None:
    graph = _doc(
        "第一条 各街道党工委、街道办事处和各镇党委、镇人民政府（以下统称街道（镇）党政）对辖区消防安全负总责。\n"
        "第二条 街道（镇）应当每季度组织一次消防安全检查。\n"
        "第三条 镇（街道）应当建立消防安全网格。\n"
    )
    pair = short(organ_id(graph, "街道（镇）党政"))
    assert holder_names(graph, 2) == {pair}
    assert holder_names(graph, 3) == {pair}


def test_government_department_sits_in_the_acting_government_not_the_pair() -> None:
    graph = _doc(
        "第一条 市委、市人民政府对全市消防安全工作负总责。\n"
        "第二条 市人民政府应当将消防经费列入本级预算。\n"
        "第三条 市人民政府应急管理部门负责消防安全的综合监督。\n",
        "某市消防安全责任制规定",
    )
    government = short(organ_id(graph, "市人民政府"))
    assert ("市人民政府应急管理部门", government) in edges(graph, "PART_OF")


def test_department_stays_in_the_pair_where_the_half_holds_no_duty() -> None:
    graph = _doc(
        "第一条 市委、市人民政府对全市消防安全工作负总责。\n第二条 市人民政府应急管理部门负责消防安全的综合监督。\n",
        "某市消防安全责任制规定",
    )
    pair = short(organ_id(graph, "市委、市人民政府"))
    assert ("市人民政府应急管理部门", pair) in edges(graph, "PART_OF")
