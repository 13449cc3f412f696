"""Oversight (督导/督察) rules of round 101: a procedure an article lists with no subject
(巡查督导按照下列程序进行：（一）…) is carried out by the body the article before names first, its lead
joined to item (一), a step that opens with an organ that organ's; the place an oversight is on
(被督导地区人民政府) makes no 地区 (prefecture) node.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces

_PROCEDURE = (
    "第一条 市人民政府水务督导机构负责组织河湖巡查督导，应当制定年度巡查计划。\n"
    "第二条 巡查督导按照下列程序进行：\n"
    "（一）拟定巡查方案，提前通知被督导单位；\n"
    "（二）实地察看河湖，被督导单位应当如实介绍情况；\n"
    "（三）汇总巡查结果，形成巡查报告；\n"
    "（四）被督导单位对巡查结果有异议的，应当在五日内向市人民政府水务督导机构提出书面意见。\n"
)


def test_the_steps_of_a_subjectless_procedure_are_the_conducting_bodys() -> None:
    graph = document(_PROCEDURE, "某市河湖巡查督导办法")
    assert holders_of_duty(graph, "拟定巡查方案") == {"市人民政府水务督导机构"}
    assert holders_of_duty(graph, "汇总巡查结果") == {"市人民政府水务督导机构"}


def test_the_procedure_lead_joins_its_first_step() -> None:
    graph = document(_PROCEDURE, "某市河湖巡查督导办法")
    assert any(d.text.startswith("巡查督导按照下列程序进行") and "拟定巡查方案" in d.text for d in graph.duties)


def test_a_step_that_opens_with_an_organ_is_that_organs() -> None:
    graph = document(_PROCEDURE, "某市河湖巡查督导办法")
    assert holders_of_duty(graph, "对巡查结果有异议") == {"被督导单位"}


def test_a_procedure_of_a_non_oversight_keeps_no_carried_holder() -> None:
    body = "第一条 市人民政府负责档案开放工作。\n第二条 档案开放按照下列程序进行：\n（一）整理目录；\n（二）公布目录。"
    graph = document(body, "某市档案开放办法")
    assert not any("整理目录" in d.text for d in graph.duties)


def test_the_place_of_an_oversight_is_no_prefecture_level() -> None:
    text = "督导组应当听取被督导地区人民政府的情况汇报。"
    assert "地区人民政府" not in surfaces(text, "central")
    body = "第一条 国务院督导组应当听取被督导地区人民政府的情况汇报。"
    assert "地区人民政府" not in names(document(body, "某督导办法"))
