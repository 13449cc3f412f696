"""SUPERVISES of round 52: a bare person word (公务人员, 工作人员, 从事…工作的人员) opening the condition of a
sanction by its own unit (…的，由其所在单位或者Y给予处分) is the sanctioned role, supervised by the unit and
Y; elsewhere the word makes no organ. The agents listed after 由其所在单位或者… oversee neither each other;
其有关部门 of a holder is named as 本级人民政府有关部门 is.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市古树名木保护条例"
_GOV = "第一条 市人民政府负责本市古树名木保护工作。\n"


def test_a_bare_staff_word_sanctioned_by_its_unit() -> None:
    body = _GOV + "第二条 在古树名木养护工作中，工作人员弄虚作假的，由其所在单位或者上级主管部门给予处分。"
    found = edges(document(body, _TITLE), "SUPERVISES")
    assert {("所在单位", "工作人员"), ("上级主管部门", "工作人员")} <= found


def test_a_public_servant_sanctioned_by_its_unit() -> None:
    body = _GOV + "第二条 公务人员在古树名木移植审批中收受财物的，由其所在单位或者监察机关给予处分。"
    assert ("监察机关", "公务人员") in edges(document(body, _TITLE), "SUPERVISES")


def test_a_person_named_by_its_work() -> None:
    body = _GOV + "第二条 从事古树名木鉴定工作的人员，在鉴定中出具虚假结论的，由其所在单位或者主管机关给予处分。"
    found = edges(document(body, _TITLE), "SUPERVISES")
    assert ("所在单位", "从事古树名木鉴定工作的人员") in found


def test_the_person_word_outside_the_frame_is_no_organ() -> None:
    body = _GOV + "第二条 工作人员应当定期巡查古树名木的生长状况。"
    assert "工作人员" not in names(document(body, _TITLE))


def test_its_own_departments_are_named_as_the_governments_departments() -> None:
    body = _GOV + "第二条 市人民政府应当将古树名木保护工作纳入对其有关部门的年度考核。"
    assert ("市人民政府", "市人民政府有关部门") in edges(document(body, _TITLE), "SUPERVISES")


def test_the_agents_after_you_oversee_no_one_of_them() -> None:
    body = _GOV + "第二条 对擅自砍伐古树的管理人员由其所在单位或者上级主管机关给予行政处分。"
    assert ("所在单位", "上级主管机关") not in edges(document(body, _TITLE), "SUPERVISES")
