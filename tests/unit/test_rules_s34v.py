"""Round 110 (本级人民政府 resolution): a department named without a level, in a text whose governments are
of several local levels, reports to the one set of governments a printed level word floors (县级以上人民政府),
not to a relative node of its own; a set the document's own level tops (区以上) or two floored sets printed
side by side leave the relative node as it was. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某市湿地保护条例"


def test_a_bare_department_reports_to_the_one_floored_set() -> None:
    graph = document(
        "第三条 县级以上人民政府应当加强湿地保护工作。"
        "第四条 市人民政府负责全市湿地保护的统筹协调。区人民政府负责本辖区湿地保护工作。"
        "第五条 林业主管部门应当编制湿地保护规划，报本级人民政府批准后实施。",
        _TITLE,
    )
    assert ("林业主管部门", "县级以上人民政府") in edges(graph, "REPORTS_TO")
    assert "本级人民政府" not in names(graph)


def test_two_floored_sets_leave_the_relative_government() -> None:
    graph = document(
        "第三条 县级以上人民政府应当加强湿地保护工作。县级以上地方人民政府应当组织开展湿地调查。"
        "第四条 市人民政府负责全市湿地保护的统筹协调。区人民政府负责本辖区湿地保护工作。"
        "第五条 林业主管部门应当编制湿地保护规划，报本级人民政府批准后实施。",
        _TITLE,
    )
    assert ("林业主管部门", "县级以上人民政府") not in edges(graph, "REPORTS_TO")
    assert ("林业主管部门", "县级以上地方人民政府") not in edges(graph, "REPORTS_TO")
