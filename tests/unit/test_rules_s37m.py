"""Round 119 (river works regulations): 省辖市, the prefecture tier of a province that names its cities so, as a
level word of its own (省、省辖市、县（市、区）X部门 split by level; 省辖市人民政府 a municipal body). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named

_TITLE = "某某省水库工程管理条例"


def test_a_level_list_with_the_provincial_city_tier_splits_by_level() -> None:
    graph = document(
        "第三条 省、省辖市、县（市、区）水利部门负责本行政区域内水库工程的监督管理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "负责本行政区域内") == {
        "省水利部门",
        "省辖市水利部门",
        "县（市、区）水利部门",
    }
    assert organ_named(graph, "省辖市水利部门").level == "municipal"


def test_the_provincial_city_government_is_municipal() -> None:
    graph = document("第四条 省辖市、县（市、区）人民政府应当组织划定水库保护范围。", _TITLE)
    assert holders_of_duty(graph, "组织划定") == {"省辖市人民政府", "县（市、区）人民政府"}
    assert organ_named(graph, "省辖市人民政府").level == "municipal"
