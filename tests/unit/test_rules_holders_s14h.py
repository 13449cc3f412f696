"""Holder rules from the party-and-state genre documents of the dev set (s14h): a post of its own
(总河长, 林长) named 第一责任人 keeps the subjectless clauses after it, while a leader role of a body
(主要负责人) hands them back to the body heading the article. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holders_of_duty


def _doc(body: str, title: str = "某省全面推行林长制实施办法") -> DocumentGraph:
    return document(body, title)


def test_post_named_first_responsible_keeps_the_clauses_after_it() -> None:
    graph = _doc(
        "第一条 县级以上人民政府应当加强对林长制工作的领导。"
        "总林长是本行政区域森林资源保护发展的第一责任人，审定林长制重大事项，督促落实林长制各项任务。\n"
    )
    assert holders_of_duty(graph, "审定林长制重大事项") == {"总林长"}
    assert holders_of_duty(graph, "督促落实林长制各项任务") == {"总林长"}


def test_leader_role_named_first_responsible_hands_back_to_the_body() -> None:
    graph = _doc(
        "第一条 县级以上人民政府承担林长制工作的主体责任，主要负责人是第一责任人，统筹安排森林资源保护经费。\n"
    )
    assert holders_of_duty(graph, "统筹安排森林资源保护经费") == {"县级以上人民政府"}


def test_leniency_for_the_judged_is_no_duty_of_theirs() -> None:
    graph = _doc(
        "第一条 林长已经按照规定认真履行森林防火职责，或者在火情处置中主动采取补救措施的，"
        "可以依规依纪依法从轻、减轻或者免予追究责任。\n"
        "第二条 林长未按照规定履行巡林职责的，由上一级林长约谈。\n"
    )
    assert not [d for d in graph.duties if d.article == 1]
    assert [d for d in graph.duties if d.article == 2]  # an imposed sanction keeps its agent's duty


def test_body_granting_leniency_keeps_its_duty() -> None:
    graph = _doc("第一条 违法行为人自愿完成补植复绿任务的，林业主管部门可以依法从轻或者减轻处罚。\n")
    assert {h for d in graph.duties for h in d.holders} == {"t/林业主管部门"}
