"""Round 139 (a mention cut inside a verb): the 予 of 给予/不予/授予…, the 复 of 报复 and the 了 of 为了 open no
name; the body named opens after the verb, and the body after 给予 in a sanction sentence is liable. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short, surfaces

_TITLE = "某某市城市道路挖掘管理办法"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_the_body_after_a_grant_verb_opens_after_the_verb() -> None:
    found = surfaces("情节严重的，给予养护单位暂停承接新项目的处理。")
    assert "养护单位" in found
    assert "予养护单位" not in found


def test_the_body_after_a_refusal_opens_after_the_verb() -> None:
    found = surfaces("逾期未补交材料的，不予审批单位办理登记。")
    assert not any(surface.startswith("予") for surface in found)


def test_the_victim_of_retaliation_opens_after_the_verb() -> None:
    found = surfaces("任何单位和个人不得打击报复监督检查人员。")
    assert "监督检查人员" in found
    assert "复监督检查人员" not in found


def test_a_purpose_preposition_opens_no_name() -> None:
    assert not any(surface.startswith("了") for surface in surfaces("为了规范道路挖掘管理，制定本办法。"))


def test_the_body_after_a_grant_verb_in_a_sanction_sentence_is_liable() -> None:
    graph = document(
        "第五条 市市政管理部门负责城市道路挖掘的监督管理。\n"
        "第六条 挖掘城市道路未按规定设置围挡的，由市市政管理部门责令改正，处二千元以上一万元以下罚款；"
        "情节严重的，给予施工单位降低资质等级的处罚。",
        _TITLE,
    )
    assert "施工单位" in _liable(graph, 6)
