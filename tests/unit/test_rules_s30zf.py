"""A bare level word opening a 确需…的 condition is the submitter: 县确需调整…的，应当逐级上报，经X审核后报Y
批准 is the county's duty (it reports to X and Y); X after 经 only approves and holds nothing."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

TITLE = "某某市林地保护责任制办法"


def test_bare_level_before_quexu_submits_to_the_approver() -> None:
    graph = document(
        "第一条 县人民政府负责本县林地保护工作。\n"
        "第二条 县确需调整林地保护等级的，应当按照规定逐级上报，经市人民政府审核后报省人民政府批准。",
        TITLE,
    )
    assert holder_names(graph, 2) == {"县人民政府"}
    assert ("县人民政府", "市人民政府") in edges(graph, "REPORTS_TO")


def test_quexu_after_a_bigger_word_names_no_level() -> None:
    graph = document("第二条 因科研需要，大城市确需设立独立观测系统的，由省气象主管机构批准。", TITLE)
    assert holder_names(graph, 2) == {"省气象主管机构"}
