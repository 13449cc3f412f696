"""Round 103 (REPORTS_TO shapes across documents): a body's own relay after work it did first, with a
comma or a deadline between (X汇总后，于次年一月底前报Y / X汇总后于1月底前报Y). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某省节水管理条例"


def test_a_relay_after_its_own_work_and_a_comma_reports_to_the_next_body() -> None:
    graph = document(
        "第十条 县人民政府每年应当向市人民政府报告节水工作情况；市人民政府汇总后，于次年二月底前报省人民政府。",
        _TITLE,
    )
    assert ("市人民政府", "省人民政府") in edges(graph, "REPORTS_TO")
    assert ("县人民政府", "市人民政府") in edges(graph, "REPORTS_TO")
    assert ("县人民政府", "省人民政府") not in edges(graph, "REPORTS_TO")


def test_a_relay_after_its_own_work_and_a_deadline_reports_to_the_next_body() -> None:
    graph = document("第十一条 市节水办公室整理后于3月底前报市人民政府。", _TITLE)
    assert ("市节水办公室", "市人民政府") in edges(graph, "REPORTS_TO")
