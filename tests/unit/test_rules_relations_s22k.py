"""Relation rules of round 34 (precision): 通报X only informs X, so the 报 ending 通报 opens no report
target; medical institutions (医疗机构, 医疗卫生机构) are regulated actors, so neither an oversight
verb nor a sanction gives an edge to them. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市公共卫生管理条例"


def test_informing_a_body_is_no_report_to_it() -> None:
    body = "第一条 市交通运输主管部门应当将抽查情况通报市公安机关，并报市人民政府备案。\n"
    graph = document(body, _TITLE)
    reports = edges(graph, "REPORTS_TO")
    assert ("市交通运输主管部门", "市人民政府") in reports
    assert ("市交通运输主管部门", "市公安机关") not in reports


def test_informing_a_list_of_departments_after_a_report_is_no_report() -> None:
    body = (
        "第一条 区卫生健康主管部门发现聚集性病例的，应当立即向市卫生健康主管部门报告。"
        "市卫生健康主管部门接到报告后，应当通报教育、市场监督管理等部门。\n"
    )
    graph = document(body, _TITLE)
    assert edges(graph, "REPORTS_TO") == {("区卫生健康主管部门", "市卫生健康主管部门")}


def test_guiding_medical_institutions_gives_no_edge() -> None:
    body = "第一条 县卫生健康主管部门应当指导医疗卫生机构做好院内感染防控工作。\n"
    graph = document(body, _TITLE)
    assert not edges(graph, "GUIDES")


def test_sanctioning_a_medical_institution_gives_no_edge() -> None:
    body = "第一条 医疗机构未按照规定登记发热病人的，由县卫生健康主管部门责令改正，给予警告。\n"
    graph = document(body, _TITLE, "法律责任")
    assert not edges(graph, "SUPERVISES")
