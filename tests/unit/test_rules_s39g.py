"""Round 123 (REPORTS_TO under the convention gate): a member set printed with no level word reports to the
office of every tier. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某自治区田长制规定"


def test_a_member_set_printed_without_a_level_reports_to_the_bare_office() -> None:
    graph = document(
        "第三条 自治区、市、县人民政府设立田长制办公室。各级田长制办公室负责田长制的日常工作。"
        "第四条 农业农村、自然资源、水利等部门为本级田长制成员单位，按照职责分工开展工作。"
        "第五条 成员单位应当每季度向本级田长制办公室报送耕地保护工作进展情况。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert any(source.endswith("成员单位") and target == "田长制办公室" for source, target in reports), reports
