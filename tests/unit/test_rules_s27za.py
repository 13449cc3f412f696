"""Session 27, round 94: the 级 a level list shares, distributed to the governments that own a
function list (省、市、县级人民政府X、Y等部门)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_LIST = (
    "第一条 省、市、县级人民政府交通运输、自然资源等部门按照各自职责做好道路养护工作，协助本级人民政府落实养护责任。"
)


def test_shared_level_suffix_names_each_listed_government_in_a_national_text() -> None:
    graph = document(_LIST, "道路养护责任制考核办法")
    assert {"市级人民政府交通运输部门", "市级人民政府自然资源部门", "省级人民政府自然资源部门"} <= names(graph)
    part_of = edges(graph, "PART_OF")
    assert ("市级人民政府交通运输部门", "市级人民政府") in part_of
    assert ("省级人民政府自然资源部门", "省级人民政府") in part_of
    assert ("县级人民政府自然资源部门", "县级人民政府") in part_of


def test_the_documents_own_level_keeps_its_plain_name() -> None:
    body = (
        "第一条 市、县级人民政府交通运输、自然资源等部门按照各自职责做好道路养护工作。\n"
        "第二条 市人民政府统筹道路养护工作。"
    )
    graph = document(body, "某某市道路养护责任制办法")
    assert ("市人民政府交通运输部门", "市人民政府") in edges(graph, "PART_OF")
    assert "市级人民政府交通运输部门" not in names(graph)
