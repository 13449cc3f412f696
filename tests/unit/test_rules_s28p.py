"""RESPONSIBLE_FOR recall of round 95: a plain-head function list (no 等) anchored by one function of the
closed list takes a function the list lacks as an item too (电力、石油部门 → two departments), so the duty
of such a subject, or of such a 会同 partner, is no longer lost; a relative or place word opening the item
(同级, 当地) and a 机关 head keep the old reading. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces


def test_a_listed_function_anchors_an_unlisted_one_as_subject() -> None:
    body = "第一条 为了保障冬季供暖，制定本办法。\n第二条 供水、燃料储运部门应当在每年十月前完成设备检修。"
    graph = document(body, "某市冬季供暖保障办法")
    assert {"供水部门", "燃料储运部门"} <= names(graph)
    assert len(holders_of_duty(graph, "完成设备检修")) == 2


def test_an_unlisted_function_joins_the_partners_after_huitong() -> None:
    body = "第一条 为了规范集市管理，制定本办法。\n第二条 市商务部门应当会同财政、集贸市场管理部门制定集市布局规划。"
    graph = document(body, "某市集市管理办法")
    assert len(holders_of_duty(graph, "制定集市布局规划")) == 3


def test_no_listed_function_no_list() -> None:
    assert "受理部门" not in surfaces("市民可以向受理、登记部门咨询。")


def test_a_relative_or_place_word_keeps_the_old_reading() -> None:
    assert surfaces("接受当地渔政、财政部门的监督。") == ["财政部门"]
    # round 98: 同级 before listed functions only opens a list (同级档案、财政部门: two departments)
    assert surfaces("报告同级档案、燃料储运部门。") == ["燃料储运部门"]


def test_a_judicial_head_takes_no_unlisted_function() -> None:
    assert surfaces("依照调解程序、检察机关的意见办理。") == ["检察机关"]
