"""Reports to a body named after the submission: 报所在地X备案 (the reporter's local X), a bare 报X closing
a clause after the work done (汇总…后报X) or after a 由-subject (由X报Y), and 整改情况应当报X."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

TITLE = "某某市城市绿化条例"


def test_local_body_after_bao() -> None:
    graph = document("第十条 养殖单位应当在投产前将防疫方案报所在地畜牧兽医主管部门备案。", TITLE)
    assert ("养殖单位", "畜牧兽医主管部门") in edges(graph, "REPORTS_TO")


def test_bare_submission_after_the_work() -> None:
    graph = document("第十条 区园林局应当汇总检查结果后报区人民政府。", TITLE)
    assert ("区园林局", "区人民政府") in edges(graph, "REPORTS_TO")


def test_bare_submission_of_a_printed_subject() -> None:
    graph = document("第十条 绿化统计数据由区园林局核实后报区人民政府。", TITLE)
    assert ("区园林局", "区人民政府") in edges(graph, "REPORTS_TO")
    graph = document("第十条 绿化统计数据由区园林局报区人民政府。", TITLE)
    assert ("区园林局", "区人民政府") in edges(graph, "REPORTS_TO")


def test_informing_stays_no_report() -> None:
    graph = document("第十条 检查结果由区园林局通报区人民政府。", TITLE)
    assert not edges(graph, "REPORTS_TO")


def test_result_with_a_modal_is_sent() -> None:
    graph = document("第十条 区园林局负责组织整改。整改情况应当报区人民政府。", TITLE)
    assert ("区园林局", "区人民政府") in edges(graph, "REPORTS_TO")
