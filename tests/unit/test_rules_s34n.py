"""Round 109 (city regulations of one water body): a zone committee whose zone word holds a relation verb
(X管理区管理委员会) stays one organ, and a subject list goes on after a joiner whose next member is
qualified by the place or matter it is concerned with (A和X所涉及的B应当…). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市青龙湖保护条例"


def test_a_management_zone_committee_is_one_organ() -> None:
    graph = document(
        "第五条 青龙湖景区管理委员会、白石山管理区管理委员会应当做好湖泊巡查工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "做好湖泊巡查工作") == {"青龙湖景区管理委员会", "白石山管理区管理委员会"}
    assert not edges(graph, "SUPERVISES")


def test_a_member_qualified_by_what_it_concerns_joins_the_subject() -> None:
    graph = document(
        "第六条 东城区人民政府和青龙湖水源保护所涉及的乡（镇）人民政府应当建立巡湖制度。",
        _TITLE,
    )
    assert holders_of_duty(graph, "建立巡湖制度") == {"东城区人民政府", "乡（镇）人民政府"}


def test_a_member_qualified_by_its_place_joins_the_subject() -> None:
    graph = document(
        "第七条 市水行政主管部门和工程所在地的县人民政府应当组织验收。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织验收") == {"市水行政主管部门", "县人民政府"}


def test_a_verb_before_the_qualified_phrase_ends_the_subject() -> None:
    graph = document(
        "第八条 市人民政府应当督促青龙湖所涉及的县人民政府落实保护责任。",
        _TITLE,
    )
    assert holders_of_duty(graph, "督促") == {"市人民政府"}


def test_listed_offices_sit_in_the_same_level_department_of_their_own_level() -> None:
    graph = document(
        "第九条 市、县（区）湖长制办公室设在同级水行政主管部门，承担湖长制的日常工作。"
        "第十条 市水行政主管部门应当编制保护规划。",
        _TITLE,
    )
    assert ("市湖长制办公室", "市水行政主管部门") in edges(graph, "PART_OF")
    assert ("县（区）湖长制办公室", "市水行政主管部门") not in edges(graph, "PART_OF")


def test_the_staff_of_a_list_with_a_qualified_member_are_all_sanctioned() -> None:
    graph = document(
        "第十一条 市人民政府和青龙湖所涉及的乡（镇）人民政府的工作人员，有下列行为之一的，由其所在单位或者"
        "有关机关给予处分：（一）不履行巡湖职责的。",
        _TITLE,
    )
    assert {("有关机关", "市人民政府"), ("有关机关", "乡（镇）人民政府")} <= edges(graph, "SUPERVISES")
