"""Round 115 (national and city water regulations): a bare level word or level list and 的 before a
department of no level of its own (省、自治区、直辖市的X主管部门, 市、县的X主管机关) name the level's
department as printed without 的, a list split into one department per level. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某堤防管理条例"


def test_a_level_list_and_de_before_a_department_is_that_levels_department() -> None:
    graph = document("第四条 各省、自治区、直辖市的林业行政主管部门应当组织堤防绿化。", _TITLE)
    assert holders_of_duty(graph, "组织堤防绿化") == {"各省、自治区、直辖市林业行政主管部门"}
    assert "省、自治区、直辖市" not in names(graph)


def test_listed_levels_and_de_share_the_department_head() -> None:
    graph = document("第五条 其他堤防由省、自治区、直辖市或者市、县的堤防主管机关负责巡查。", _TITLE)
    assert holders_of_duty(graph, "负责巡查") == {
        "省、自治区、直辖市堤防主管机关",
        "市堤防主管机关",
        "县堤防主管机关",
    }
    assert not {"市", "县"} & names(graph)


def test_a_set_word_after_de_is_left_as_it_was() -> None:
    graph = document("第六条 市、县的有关部门应当配合堤防巡查。", _TITLE)
    assert "市有关部门" not in names(graph)


def test_anyone_of_a_kind_of_body_is_no_organ_and_holds_no_duty() -> None:
    graph = document("第九条 堤防费结余可以结转使用，任何部门不得截留或者挪用。", _TITLE)
    assert "任何部门" not in names(graph)
    assert not any("截留" in d.text for d in graph.duties)


def test_a_second_budget_joined_to_the_first_pays_too() -> None:
    graph = document("第十条 堤防岁修费，由中央财政和地方财政负担。", _TITLE)
    assert {"中央财政", "地方财政"} <= names(graph)


def test_site_supervision_staff_are_a_role() -> None:
    graph = document("第十一条 堤防监理人员玩忽职守的，由其所在单位给予行政处分。", _TITLE)
    assert "堤防监理人员" in names(graph)


def test_riverside_towns_opening_a_duty_hold_it_and_are_a_place_elsewhere() -> None:
    graph = document(
        "第十六条 沿江城镇在编制和审查城镇规划时，应当事先征求堤防主管机关的意见。"
        "第十七条 县人民政府应当统筹规划沿湖城镇污水收集管网。",
        _TITLE,
    )
    assert holders_of_duty(graph, "审查城镇规划") == {"沿江城镇"}
    assert "沿湖城镇" not in names(graph)


def test_a_fronted_object_and_the_piece_its_agent_opens_are_one_duty() -> None:
    graph = document(
        "第八条 县人民政府应当建立补偿机制，按照谁受益谁补偿的原则，对水源涵养区，由受益地区的人民政府予以补偿。",
        "某某水源保护条例",
    )
    assert not any(d.text.endswith("对水源涵养区") for d in graph.duties)
    assert any("对水源涵养区，由受益地区的人民政府予以补偿" in d.text for d in graph.duties)


def test_a_government_named_by_its_case_holds_its_duty_as_a_set() -> None:
    graph = document("第八条 受益地区的人民政府应当予以生态补偿。", "某某水源保护条例")
    assert holders_of_duty(graph, "生态补偿") == {"受益地区的人民政府"}
