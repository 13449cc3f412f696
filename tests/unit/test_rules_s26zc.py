"""An evaluation's result is sent on by the body that evaluated (评价 among the carried activities)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_evaluation_result_sent_by_the_evaluating_body() -> None:
    body = "第六条 区教育局每年对街道的校园安全工作进行评价，街道办事处予以配合。评价结果报区人民政府。\n"
    assert ("区教育局", "区人民政府") in edges(document(body, "某区校园安全责任办法"), "REPORTS_TO")
