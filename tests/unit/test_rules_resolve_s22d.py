"""Resolution rules of session 23 (round 32, PART_OF and naming): one function's department at one level is
one organ whichever department head a sentence prints (部门 in a 、 list, 主管部门 alone). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_id

_TITLE = "某省古树名木保护条例"


def test_a_list_item_and_the_full_name_of_a_spanning_level_department_are_one() -> None:
    body = (
        "第一条 县级以上人民政府应当加强古树名木保护工作的领导。\n"
        "第二条 县级以上人民政府园林绿化、文化旅游等部门按照各自职责做好古树名木保护工作。\n"
        "第三条 县级以上人民政府园林绿化主管部门负责古树名木的普查和建档。\n"
    )
    graph = document(body, _TITLE)
    assert organ_id(graph, "县级以上人民政府园林绿化主管部门") == organ_id(graph, "园林绿化")
    assert "县级以上人民政府园林绿化部门" not in names(graph)
    # one edge to the government, at the department's first duty
    parts = [r for r in graph.relations if r.type == "PART_OF" and "园林绿化" in r.source]
    assert [r.article for r in parts] == [2]
    assert ("县级以上人民政府园林绿化主管部门", "县级以上人民政府") in edges(graph, "PART_OF")


def test_two_full_names_of_one_function_stay_apart() -> None:
    # 主管部门 and 行政主管部门 both printed in full: no list item says they are one
    body = (
        "第一条 县级以上人民政府林业主管部门负责古树名木的养护指导。\n"
        "第二条 县级以上人民政府林业行政主管部门负责古树名木的执法检查。\n"
    )
    graph = document(body, _TITLE)
    assert organ_id(graph, "县级以上人民政府林业主管部门") != organ_id(graph, "县级以上人民政府林业行政主管部门")


def test_an_administrative_head_merges_with_its_full_name() -> None:
    # 文物行政部门 and 文物行政主管部门 of one level: one department
    body = (
        "第一条 市文物行政部门负责古树名木所在文物保护单位的巡查。\n第二条 市文物行政主管部门应当建立古树名木档案。\n"
    )
    graph = document(body, _TITLE)
    assert organ_id(graph, "市文物行政部门") == organ_id(graph, "市文物行政主管部门")


def test_departments_after_governments_and_ji_are_each_governments_own() -> None:
    # 市、县人民政府及有关部门 is read as 及其: one 有关部门 per government, each part of it
    body = "第一条 市、县人民政府及有关部门应当加强古树名木保护的宣传教育。\n"
    graph = document(body, _TITLE)
    assert {"市人民政府有关部门", "县人民政府有关部门"} <= names(graph)
    assert ("市人民政府有关部门", "市人民政府") in edges(graph, "PART_OF")
    assert ("县人民政府有关部门", "县人民政府") in edges(graph, "PART_OF")


def test_units_or_a_bare_place_before_ji_stay_one_set() -> None:
    # 有关单位 after 及, and 有关部门 after a place printed without 人民政府: no department of a government
    body = (
        "第一条 市、县人民政府及有关单位应当做好古树名木的日常养护。\n第二条 各区及有关部门应当做好古树名木的巡查。\n"
    )
    graph = document(body, _TITLE)
    assert "市人民政府有关单位" not in names(graph)
    assert "各区有关部门" not in names(graph)


def test_party_and_government_leaders_sit_in_the_one_spanning_pair() -> None:
    body = (
        "第一条 各级党委和政府应当将古树名木保护纳入生态文明建设考核。\n"
        "第二条 党政领导干部应当履行古树名木保护职责，定期研究古树名木保护工作。\n"
    )
    graph = document(body, "某市党政领导干部古树名木保护责任制规定")
    assert ("党政领导干部", "各级党委和政府") in edges(graph, "PART_OF")


def test_party_and_government_leaders_with_two_spanning_pairs_sit_in_neither() -> None:
    # 各级 and 县级以上地方各级 pairs both act: which one the leaders belong to is not printed
    body = (
        "第一条 各级党委和政府应当将古树名木保护纳入生态文明建设考核。\n"
        "第二条 县级以上地方各级党委和政府应当每年研究古树名木保护工作。\n"
        "第三条 党政领导干部应当履行古树名木保护职责。\n"
    )
    graph = document(body, "某市党政领导干部古树名木保护责任制规定")
    assert not [t for s, t in edges(graph, "PART_OF") if s == "党政领导干部"]
