"""Round 132 (holders of duties): the rest of a set named with 其他 is a holder like a named member, after
会同 (X会同其他有关部门编制…: a joint holder). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_the_other_departments_after_huitong_share_the_duty() -> None:
    graph = document("第九条 市林业部门应当会同其他有关部门编制湖泊保护名录。", _TITLE)
    assert holders_of_duty(graph, "编制湖泊保护名录") == {"市林业部门", "有关部门"}


def test_the_other_departments_after_huitong_keep_the_list_after_them() -> None:
    graph = document("第十条 市水务部门应当会同其他有关部门和甲县、乙县人民政府拟定调水方案。", _TITLE)
    assert holders_of_duty(graph, "拟定调水方案") == {"市水务部门", "有关部门", "甲县人民政府", "乙县人民政府"}


def test_a_named_partner_after_huitong_is_unchanged() -> None:
    graph = document("第十三条 市林业部门应当会同市财政部门制定补偿办法。", _TITLE)
    assert holders_of_duty(graph, "制定补偿办法") == {"市林业部门", "市财政部门"}
