"""Round 123 (PART_OF precision and placement): a committee dividing itself into groups on grounds that name
an ownership (根据…土地所有权关系等分设若干村民小组) still acts (the 有权 inside 所有权 is no power), and a body
set up in a later article whose first duty comes earlier keeps its PART_OF at that duty, not at its first
mention. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某某村民自治办法"


def test_grounds_naming_an_ownership_keep_the_act_a_duty() -> None:
    graph = document(
        "第二条 村民委员会可以依据山林所有权关系和耕作习惯等分设若干村民小组。"
        "第三条 村民小组应当组织本组村民开展环境整治。",
        _TITLE,
    )
    assert holders_of_duty(graph, "分设若干村民小组") == {"村民委员会"}
    assert ("村民小组", "村民委员会") in edges(graph, "PART_OF")


def test_a_statement_of_whose_the_ownership_is_stays_no_duty() -> None:
    graph = document(
        "第二条 村民委员会应当管理本村公共事务。第三条 村民小组兴建的水塘，其所有权归村民小组所有。",
        _TITLE,
    )
    assert not any("所有权归" in text for text in duty_texts(graph))


def test_a_body_set_up_later_keeps_its_edge_at_its_earlier_first_duty() -> None:
    graph = document(
        "第二条 村民委员会应当指导村民小组工作。"
        "第三条 村民小组应当组织本组村民开展环境整治。"
        "第四条 村民委员会可以分设若干村民小组。",
        _TITLE,
    )
    placed = [r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/村民小组")]
    assert [r.article for r in placed] == [3]
