"""Round 134 (roles of relative bodies): the role of a relative set (下级人民政府主要负责人) sits in that
set (下级人民政府), even where the set is never printed on its own (dev: 7 documents draw the edge, 3 do
not). Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某工作责任制规定"


def test_role_of_an_unprinted_relative_set_sits_in_that_set() -> None:
    graph = document(
        "第五条 县级以上人民政府应当加强节水工作的领导。"
        "第六条 节水工作不力的，由上一级节水工作领导小组约谈下级人民政府主要负责人。",
        _TITLE,
    )
    assert ("下级人民政府主要负责人", "下级人民政府") in edges(graph, "PART_OF")


def test_role_of_that_level_points_back_to_the_relative_body() -> None:
    graph = document(
        "第五条 县级以上人民政府应当加强节水工作的领导。"
        "第六条 上级人民政府对节水工作落实不力的下级人民政府，由其节水工作领导小组约谈该级人民政府主要负责人。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("下级人民政府主要负责人", "下级人民政府") in part_of
    assert not any(source == "上级人民政府主要负责人" for source, _ in part_of)
