"""Round 103 (city protection regulations of rivers and lakes): a management body printed as belonging to a
department (X隶属于Y, X是Y所属的事业单位) sits in it, and 本级X及其负责人 after a list of levels (市、县（区）人民
政府…对本级X…及其负责人) gives each level's X its own head role. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市青溪河保护条例"


def test_a_body_that_belongs_to_a_department_sits_in_it() -> None:
    graph = document(
        "第五条 青溪河管理中心隶属于市水行政主管部门，应当做好青溪河堤防的日常巡护工作。",
        _TITLE,
    )
    assert ("青溪河管理中心", "市水行政主管部门") in edges(graph, "PART_OF")


def test_a_body_defined_as_a_departments_own_unit_sits_in_it() -> None:
    graph = document(
        "第五条 青溪河养护中心是市水行政主管部门所属的事业单位，应当承担青溪河护岸的维修养护工作。",
        _TITLE,
    )
    assert ("青溪河养护中心", "市水行政主管部门") in edges(graph, "PART_OF")


def test_a_copula_with_no_owned_unit_noun_gives_no_membership() -> None:
    graph = document(
        "第五条 青溪河养护中心是市水行政主管部门确定的养护责任单位，应当承担青溪河护岸的维修养护工作。",
        _TITLE,
    )
    assert ("青溪河养护中心", "市水行政主管部门") not in edges(graph, "PART_OF")


def test_own_level_departments_and_their_heads_at_every_listed_level() -> None:
    graph = document(
        "第九条 市、县（区）人民政府应当将青溪河保护成效纳入对本级人民政府有关部门及其负责人的年度考核。"
        "第十条 县（区）人民政府应当组织清理青溪河沿岸垃圾。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市人民政府有关部门负责人") in supervised
    assert ("县（区）人民政府", "县（区）人民政府有关部门负责人") in supervised
    assert ("县（区）人民政府", "市人民政府有关部门负责人") not in supervised
    parts = edges(graph, "PART_OF")
    assert ("市人民政府有关部门负责人", "市人民政府有关部门") in parts
    assert ("县（区）人民政府有关部门负责人", "县（区）人民政府有关部门") in parts
