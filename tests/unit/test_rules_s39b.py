"""Round 123 (level-list and place-list departments): the level word printed once before a list of
functions (市人力资源和社会保障、教育等部门) stands for every item, and the list is the clause's subject even
where the first item is too long for the summed-up list lead. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市职业培训条例"


def test_a_level_word_before_a_long_first_function_opens_the_subject_list() -> None:
    graph = document(
        "第五条 市人力资源和社会保障、教育、农业农村等部门应当组织农民工技能培训。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织农民工技能培训") == {
        "市人力资源和社会保障部门",
        "市教育部门",
        "市农业农村部门",
    }


def test_a_short_first_function_is_read_as_before() -> None:
    graph = document("第五条 县卫生健康、民政等部门应当做好培训保障。", _TITLE)
    assert holders_of_duty(graph, "做好培训保障") == {"县卫生健康部门", "县民政部门"}
