"""Unread duty subjects of round 96: a function list before 等监督管理部门 names one department per item
(监督 opens the qualifier word 监督管理, no verb stopping the list), and a body qualified by 灾区 / 毗邻
holds its duty as the body itself (the place narrows which of those bodies act). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, surfaces


def test_a_list_before_a_supervision_head_names_each_department() -> None:
    body = "第一条 为了规范农贸市场，制定本办法。\n第二条 由林业、渔业、物价等监督管理部门依据各自职责，责令停止销售。"
    graph = document(body, "某县农贸市场管理办法")
    assert holders_of_duty(graph, "责令停止销售") == {"林业部门", "渔业部门", "物价部门"}


def test_a_lone_supervision_head_is_unchanged() -> None:
    assert surfaces("对违法行为，由渔业等有关部门和监督管理部门处理。")[-1] == "监督管理部门"


def test_other_qualified_heads_keep_their_reading() -> None:
    body = "第一条 为了规范农贸市场，制定本办法。\n第二条 林业、渔业等道路管理部门应当定期巡查。"
    graph = document(body, "某县农贸市场管理办法")
    assert holders_of_duty(graph, "定期巡查") == {"林业管理部门", "渔业管理部门"}


def test_a_body_in_the_disaster_area_holds_its_duty() -> None:
    body = "第一条 为了做好雪灾救助，制定本办法。\n第二条 雪灾发生后，灾区各级人民政府应当及时转移安置牧民。"
    graph = document(body, "某州雪灾救助办法")
    assert holders_of_duty(graph, "转移安置牧民") == {"各级人民政府"}


def test_a_neighbouring_body_as_subject_is_the_level_body() -> None:
    body = "第一条 为了做好边界护林，制定本办法。\n第二条 毗邻乡（镇）人民政府应当建立护林联防制度。"
    graph = document(body, "某县边界护林办法")
    assert holders_of_duty(graph, "建立护林联防制度") == {"乡(镇)人民政府"}
