"""Rules of round 101 (alias: naming variants of one body). Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named


def test_the_rest_printed_before_a_set_is_one_of_its_forms() -> None:
    body = "第五条 县人民政府交通运输部门和其他有关行政机关应当按照各自职责做好乡村道路养护工作。\n"
    graph = document(body, "某县乡村道路养护办法")
    rest = organ_named(graph, "有关行政机关")
    assert "其他有关行政机关" in rest.aliases
    assert "有关行政机关" in holders_of_duty(graph, "乡村道路养护工作")


def test_a_set_printed_without_the_rest_keeps_its_own_forms() -> None:
    body = "第五条 有关部门应当按照各自职责做好乡村道路养护工作。\n"
    graph = document(body, "某县乡村道路养护办法")
    assert organ_named(graph, "有关部门").aliases == ["有关部门"]


def test_a_set_of_party_committees_and_governments_printed_two_ways_is_one_node() -> None:
    body = (
        "第五条 各级党委、政府应当加强对农村供水工作的领导。\n第六条 各级党委和政府应当保障农村供水工程的运行经费。\n"
    )
    graph = document(body, "某县农村供水责任办法")
    (pair,) = [o for o in graph.organs if o.kind == "party_and_government"]
    assert {"各级党委、政府", "各级党委和政府"} <= {pair.name, *pair.aliases}
    assert holders_of_duty(graph, "加强对农村供水工作的领导") == holders_of_duty(graph, "保障农村供水工程的运行经费")
