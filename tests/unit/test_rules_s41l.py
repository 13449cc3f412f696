"""Round 130 (name-literal department sets and their PART_OF). The departments printed after an unnamed
set of governments and 及其 (有关人民政府及其有关部门, 有关地方人民政府及其部门) are that set's own department
set, a node named by its owner with an explicit PART_OF to it (dev: gw-tuigeng, gw-yingji, qh-fupin name
the set; gw-health reads the governments as an anaphor, the minority), kept apart from the bare 有关部门
and from another unnamed set's departments, printed with its owner (the joint phrase its alias); a plain 及
joins two sets (gw-caoyuan), and a set a 的 clause picks (接到报告的有关人民政府及其有关部门) owns none. Another place's
departments printed inside its government's name (相邻的其他市、县人民政府及其X等主管部门) sit in that place's
government (sq-gudao, sq-yinshui, explicit). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, organ_named

_TITLE = "某某水源保护条例"


def test_the_departments_of_an_unnamed_set_of_governments_are_its_own() -> None:
    graph = document(
        "第三条 有关人民政府及其有关部门接到水源污染举报后，应当及时核查处理。第四条 有关部门应当配合核查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "及时核查") == {"有关人民政府", "有关人民政府有关部门"}
    assert ("有关人民政府有关部门", "有关人民政府") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "配合核查") == {"有关部门"}


def test_a_bare_department_after_an_unnamed_set_is_named_by_its_owner() -> None:
    graph = document(
        "第五条 有关地方人民政府及其部门应当做好水源应急处置。第六条 有关人民政府及其部门应当公开水源保护信息。",
        _TITLE,
    )
    assert {"有关地方人民政府部门", "有关人民政府部门"} <= names(graph)
    part_of = edges(graph, "PART_OF")
    assert ("有关地方人民政府部门", "有关地方人民政府") in part_of
    assert ("有关人民政府部门", "有关人民政府") in part_of


def test_a_plain_ji_after_an_unnamed_set_joins_two_sets() -> None:
    graph = document("第七条 有关地方人民政府及有关部门应当建立水源联防制度。", _TITLE)
    assert holders_of_duty(graph, "联防制度") == {"有关地方人民政府", "有关部门"}
    assert not edges(graph, "PART_OF")


def test_another_places_departments_printed_inside_its_government_sit_in_it() -> None:
    graph = document(
        "第八条 市、县人民政府及其水利、林业等主管部门应当与相邻的其他市、县人民政府及其水利、林业等主管部门"
        "建立水源保护执法协作机制。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("其他县林业主管部门", "其他县人民政府") in part_of
    assert ("其他市水行政主管部门", "其他市人民政府") in part_of
    assert ("县人民政府林业主管部门", "县人民政府") in part_of


def test_the_set_is_printed_with_its_owner() -> None:
    graph = document("第九条 有关人民政府及其有关部门应当公开水源保护信息。", _TITLE)
    assert "有关人民政府及其有关部门" in organ_named(graph, "有关人民政府有关部门").aliases


def test_an_unnamed_set_picked_by_a_clause_owns_no_set() -> None:
    graph = document("第十条 接到水源污染报告的有关人民政府及其有关部门，应当立即组织调查处理。", _TITLE)
    assert "有关人民政府有关部门" not in names(graph)
