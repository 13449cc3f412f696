"""Resolve rules of session 21 (round f): a department printed with no level stays an organ of its own beside
the one levelled department of its function (市X / 国务院X), unless the document names X at every level. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named


def test_bare_department_beside_the_state_council_one_stays_apart() -> None:
    graph = document(
        "第一条 国务院渔业行政主管部门负责全国渔港的监督管理。\n\n第二条 渔业行政主管部门应当定期检查渔港设施。",
        "渔港安全条例",
    )
    assert holder_names(graph, 1) == {"国务院渔业行政主管部门"}
    assert holder_names(graph, 2) == {"渔业行政主管部门"}
    assert "渔业行政主管部门" not in organ_named(graph, "国务院渔业行政主管部门").aliases


def test_bare_department_beside_the_city_one_stays_apart() -> None:
    graph = document(
        "第一条 市园林行政主管部门负责古树名木保护的监督管理。\n\n第二条 园林行政主管部门应当建立古树名木档案。",
        "洛川市古树名木保护条例",
    )
    assert holder_names(graph, 2) == {"园林行政主管部门"}
    assert "园林行政主管部门" not in organ_named(graph, "市园林行政主管部门").aliases


def test_bare_department_joins_the_all_levels_collective() -> None:
    graph = document(
        "第一条 县级以上各级人民政府园林行政主管部门负责古树名木保护。\n\n"
        "第二条 园林行政主管部门应当建立古树名木档案。",
        "洛川市古树名木保护条例",
    )
    assert holder_names(graph, 2) == holder_names(graph, 1)
