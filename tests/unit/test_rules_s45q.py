"""Round 142 (a level prefix on a function list closed by a set; sets named by the function they hold): each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, names, organ_named

_TITLE = "某某省殡葬管理条例"


def document_of(body: str) -> DocumentGraph:
    return document(body, _TITLE)


def test_a_level_prefixed_list_closed_by_a_related_set_names_each_function() -> None:
    graph = document_of("第五条 县级以上人民政府民政、卫生健康以及其他有关部门应当按照职责做好殡葬管理工作。")
    holders = holder_names(graph, 5)
    assert {"县级以上人民政府民政部门", "县级以上人民政府卫生健康部门"} <= holders
    assert "县级以上人民政府" not in holders


def test_a_collective_prefix_before_a_list_closed_by_a_held_function_set() -> None:
    graph = document_of("第六条 各级民政、市场监管以及其他具有殡葬服务审批职能的部门，应当向同级人民政府报送有关资料。")
    holders = holder_names(graph, 6)
    assert {"各级民政部门", "各级市场监管部门"} <= holders
    assert organ_named(graph, "各级民政部门").collective


def test_a_list_with_an_unknown_first_item_is_not_read_by_halves() -> None:
    graph = document_of("第七条 各级殡仪、民政、卫生健康以及其他有关部门应当配合。")
    assert "民政部门" not in names(graph)


def test_a_set_named_by_the_function_it_holds_is_one_collective() -> None:
    graph = document_of("第八条 具有殡葬执法职能的部门和组织应当依法查处违法行为。")
    assert "具有殡葬执法职能的部门和组织" in holder_names(graph, 8)


def test_the_other_departments_of_listed_governments_are_one_set_per_level() -> None:
    graph = document_of(
        "第四条 市、县人民政府应当加强殡葬管理工作的领导。\n"
        "第九条 市、县人民政府其他部门依据各自职责，负责有关的殡葬管理工作。",
    )
    assert {"市人民政府其他部门", "县人民政府其他部门"} <= holder_names(graph, 9)
    assert ("市人民政府其他部门", "市人民政府") in edges(graph, "PART_OF")


def test_other_departments_joined_to_units_are_no_government_set() -> None:
    graph = document_of("第四条 市人民政府其他部门和单位应当配合殡葬管理工作。")
    assert "市人民政府其他部门" not in names(graph)
