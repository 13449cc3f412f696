"""Round 135 (REPORTS_TO of a filing list): 上一级 printed once before a list of departments (报上一级X和Y备案) is
shared by a department that follows with no level, set or relative word of its own, so the filing goes to the
superior Y, not to the co-drafter Y itself. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市地下水保护条例"


def test_a_superior_word_is_shared_by_the_next_department_of_the_filing_list() -> None:
    graph = document(
        "第五条 市、县（区）自然资源主管部门和生态环境主管部门按照各自职责做好地下水保护工作。\n"
        "第六条 自然资源主管部门会同生态环境主管部门划定地下水禁采区，报本级人民政府批准，"
        "并报上一级自然资源主管部门和生态环境主管部门备案。",
        _TITLE,
    )
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "自然资源主管部门"}
    assert "上一级生态环境主管部门" in targets
    assert "生态环境主管部门" not in targets


def test_a_department_with_its_own_level_keeps_it() -> None:
    graph = document(
        "第五条 县（区）林业主管部门和市林业主管部门按照各自职责做好古树保护工作。\n"
        "第六条 县（区）林业主管部门应当编制古树名录，报上一级人民政府和市林业主管部门备案。",
        _TITLE,
    )
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "县（区）林业主管部门"}
    assert "市林业主管部门" in targets
