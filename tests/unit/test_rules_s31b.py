"""Round 100 (city regulations): rules on sentences written for these tests."""

from __future__ import annotations

from tests.unit.rules_support import document, organ_named


def test_level_list_departments_take_their_level_word() -> None:
    # 市、县（区）人民政府及其有关部门: each level's set is also named by its level word (县（区）有关部门),
    # the form city regulations print for it elsewhere
    graph = document(
        "第一条 市人民政府负责山塘保护工作。\n第二条 市、县（区）人民政府及其有关部门应当严格审批占用山塘的项目。",
        "某市山塘保护条例",
    )
    assert "市有关部门" in organ_named(graph, "市人民政府有关部门").aliases
    assert "县(区)有关部门" in organ_named(graph, "县（区）人民政府有关部门").aliases


def test_collective_government_departments_get_no_level_name() -> None:
    # 各级人民政府及其有关部门: no level word is printed, so no level-named form is made
    graph = document("第一条 各级人民政府及其有关部门应当做好山塘保护工作。", "某县山塘保护条例")
    assert not any(a.endswith("级有关部门") for a in organ_named(graph, "各级人民政府有关部门").aliases)
