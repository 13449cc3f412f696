"""Level sets of round 96 (river regulations): after a list of level governments, 以及 and 和 tie
有关部门 to each level as 及 does; after one collective government the set stays one. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty


def test_yiji_after_a_level_list_gives_each_level_its_departments() -> None:
    body = "第一条 为了保护溪流，制定本条例。\n第二条 州、县（市）人民政府以及有关部门应当定期清理溪流垃圾。"
    graph = document(body, "某州溪流保护条例")
    assert holders_of_duty(graph, "定期清理溪流垃圾") == {
        "州人民政府",
        "县（市）人民政府",
        "州人民政府有关部门",
        "县（市）人民政府有关部门",
    }
    assert ("县（市）人民政府有关部门", "县（市）人民政府") in edges(graph, "PART_OF")


def test_he_after_a_level_list_gives_each_level_its_departments() -> None:
    body = "第一条 为了保护溪流，制定本条例。\n第二条 州、县（市）人民政府和有关部门应当组织巡河护岸。"
    graph = document(body, "某州溪流保护条例")
    assert {"州人民政府有关部门", "县（市）人民政府有关部门"} <= holders_of_duty(graph, "组织巡河护岸")


def test_he_after_one_collective_government_keeps_one_set() -> None:
    body = "第一条 为了保护溪流，制定本条例。\n第二条 各级人民政府和有关部门应当组织巡河护岸。"
    graph = document(body, "某州溪流保护条例")
    assert holders_of_duty(graph, "组织巡河护岸") == {"各级人民政府", "有关部门"}
