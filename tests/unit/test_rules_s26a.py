"""Relative targets of round 72, resolved per member of a level list: 市、县X协助本级人民政府及其
有关部门 gives each member its own level's government and departments, named with the member's level
words where the text prints no such government (市人民政府, 县（区）人民政府有关部门), not one 本级X
organ for the whole list; 下级人民政府 seen from the 市 member is named after the level words a
department of the level below prints (县人民政府); 同级人民代表大会或者常务委员会 (no 其) is each level's
congress and its standing committee.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市文物保护办法"


def test_own_government_and_its_departments_per_member() -> None:
    graph = document("第一条 市、县（区）文化旅游部门协助本级人民政府及其有关部门开展景区安全检查。", _TITLE)
    assert edges(graph, "ASSISTS") == {
        ("市文化旅游部门", "市人民政府"),
        ("县（区）文化旅游部门", "县（区）人民政府"),
        ("市文化旅游部门", "市人民政府有关部门"),
        ("县（区）文化旅游部门", "县（区）人民政府有关部门"),
    }


def test_departments_of_an_unprinted_government_per_member() -> None:
    graph = document("第一条 市、县文物部门督促本级人民政府有关部门落实文物保护措施。", _TITLE)
    assert edges(graph, "SUPERVISES") == {
        ("市文物部门", "市人民政府有关部门"),
        ("县文物部门", "县人民政府有关部门"),
    }


def test_lower_government_named_by_the_level_words_of_its_department() -> None:
    graph = document("第一条 市、县文物部门指导下级人民政府开展文物普查工作。", _TITLE)
    assert ("市文物部门", "县人民政府") in edges(graph, "GUIDES")


def test_standing_committee_printed_without_its_possessive_is_the_congress_of_each_level() -> None:
    body = "第一条 市、县（区）人民政府应当每年向同级人民代表大会或者常务委员会报告文物保护工作情况。"
    graph = document(body, _TITLE)
    assert edges(graph, "REPORTS_TO") >= {
        ("市人民政府", "市人民代表大会常务委员会"),
        ("县（区）人民政府", "县（区）人民代表大会常务委员会"),
    }
    assert ("县（区）人民代表大会常务委员会", "县（区）人民代表大会") in edges(graph, "PART_OF")
