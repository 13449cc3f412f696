"""Round 106 (relative references across all documents): a relative surface (上一级Y, 本级Y) read by level
arithmetic or as the source's own level as a body the document names elsewhere is one of that body's
printed forms (genre rule 11: aliases are every surface resolved to the organ), so it is listed among its
aliases. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, organ_named

_TITLE = "某某物资储备管理办法"


def test_an_upward_relative_department_is_an_alias_of_the_department_one_level_up() -> None:
    graph = document(
        "第三条 省、市、县级人民政府物资储备部门负责本行政区域物资储备的日常管理。"
        "第四条 市、县级人民政府应当落实本级储备任务，储备执行情况报上一级物资储备部门备案。",
        _TITLE,
    )
    assert ("县级人民政府", "市级人民政府物资储备部门") in edges(graph, "REPORTS_TO")
    assert "上一级物资储备部门" in organ_named(graph, "市级人民政府物资储备部门").aliases
    assert "上一级物资储备部门" in organ_named(graph, "省级人民政府物资储备部门").aliases
    assert "上一级物资储备部门" not in organ_named(graph, "县级人民政府物资储备部门").aliases


def test_a_same_level_government_is_an_alias_of_the_government_it_names() -> None:
    # already so before this round (the holder path records it); kept as a guard for the same rule
    graph = document(
        "第三条 县人民政府应急管理部门编制本行政区域物资储备规划，报本级人民政府批准后实施。"
        "第四条 县人民政府应当保障物资储备经费。",
        _TITLE,
    )
    assert ("县人民政府应急管理部门", "县人民政府") in edges(graph, "REPORTS_TO")
    assert "本级人民政府" in organ_named(graph, "县人民政府").aliases
