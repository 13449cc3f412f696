"""Role rules of session 23 (round 37, roles and their PART_OF): the head role printed after G及其有关部门 is
the role of each body G and of each G's departments. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市古树名木保护条例"


def test_heads_of_governments_and_of_their_departments() -> None:
    body = "第一条 市和县人民政府及其有关部门的主要负责人对本地区古树名木保护工作负总责。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "负总责") == {
        "市人民政府主要负责人",
        "县人民政府主要负责人",
        "市人民政府有关部门主要负责人",
        "县人民政府有关部门主要负责人",
    }
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府主要负责人", "市人民政府") in part_of
    assert ("县人民政府有关部门主要负责人", "县人民政府有关部门") in part_of


def test_heads_after_a_collective_government_without_of() -> None:
    body = "第一条 县级以上人民政府及其有关部门负责人应当定期组织古树名木巡查。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "定期组织") == {"县级以上人民政府负责人", "县级以上人民政府有关部门负责人"}


def test_no_split_after_a_government_of_no_level() -> None:
    body = "第一条 地方人民政府及其有关部门负责人应当定期组织古树名木巡查。\n"
    graph = document(body, _TITLE)
    assert "地方人民政府有关部门负责人" not in names(graph)
