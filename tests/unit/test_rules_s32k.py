"""Round 103 (REPORTS_TO shapes across documents): a body's own relay after work it did first, with a
comma or a deadline between (X汇总后，于次年一月底前报Y / X汇总后于1月底前报Y); 听取X…的报告 whose matter
runs longer than a few characters (听取X上年度…工作情况的报告); and a count before the body heard
(听取两次市政府…汇报), which no organ name holds. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

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


def test_a_heard_report_with_a_long_matter_runs_from_the_body_heard() -> None:
    graph = document(
        "第十二条 县人民代表大会常务委员会每年听取县人民政府上年度节水目标考核工作情况的报告。",
        _TITLE,
    )
    assert ("县人民政府", "县人民代表大会常务委员会") in edges(graph, "REPORTS_TO")


def test_hearing_the_views_of_a_body_is_no_report_from_it() -> None:
    graph = document("第十三条 市人民政府应当听取县人民政府节水工作意见后向省人民政府报告。", _TITLE)
    assert ("县人民政府", "市人民政府") not in edges(graph, "REPORTS_TO")
    assert ("市人民政府", "省人民政府") in edges(graph, "REPORTS_TO")


def test_a_count_before_the_body_heard_is_no_part_of_its_name() -> None:
    graph = document("第十四条 省节水委员会每年至少听取两次市人民政府节水工作情况汇报。", _TITLE)
    assert "市人民政府" in names(graph)
    assert ("市人民政府", "省节水委员会") in edges(graph, "REPORTS_TO")
