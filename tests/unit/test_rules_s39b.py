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


def test_a_place_phrase_opening_a_later_level_of_a_function_list_keeps_both_levels() -> None:
    graph = document(
        "第六条 市和林场所在地县（区）林业、农业等部门应当做好林场防火工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "做好林场防火工作") == {
        "市林业部门",
        "县(区)林业部门",
        "市农业部门",
        "县(区)农业部门",
    }


def test_a_place_phrase_after_a_level_and_he_leaves_no_bare_level_holder() -> None:
    graph = document(
        "第六条 市和林场所在地县级人民政府林业主管部门应当做好林场防火工作。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "做好林场防火工作")
    assert "市" not in holders
    assert "县级人民政府林业主管部门" in holders and len(holders) == 2


def test_a_same_level_partner_of_a_level_list_lead_is_one_per_level() -> None:
    graph = document(
        "第七条 市和区人力资源和社会保障部门应当会同同级教育部门制定职业培训计划。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "制定职业培训计划")
    assert {"市教育部门", "区教育部门"} <= holders
    assert "同级教育部门" not in holders


def test_a_same_level_partner_of_one_lead_is_that_level_only() -> None:
    graph = document("第七条 区人力资源和社会保障部门应当会同同级教育部门制定职业培训计划。", _TITLE)
    holders = holders_of_duty(graph, "制定职业培训计划")
    assert "区教育部门" in holders and "市教育部门" not in holders
