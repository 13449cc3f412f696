"""Round 115 (missing organs across the dev set): the other leaders printed as 其他班子成员 / 其他分管负责人 after
a body's heads, and a 、 list of things printed right before a unit named by its function (水库、闸坝管理单位)
as the one unit of all the things. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某县水库安全管理办法"


def test_the_other_members_of_the_leading_group_hold_their_duty() -> None:
    graph = document(
        "第三条 各级党委和政府主要负责人是本行政区域水库安全的第一责任人，其他班子成员按照一岗双责的要求，"
        "对分管领域内的水库安全工作负领导责任。",
        _TITLE,
    )
    assert any(name.endswith("其他班子成员") for name in holders_of_duty(graph, "一岗双责"))


def test_the_other_deputies_hold_their_duty() -> None:
    graph = document(
        "第四条 县人民政府主要负责人对水库安全工作负总责，分管水利工作的负责人协助主要负责人工作，"
        "其他分管负责人按照职责分工做好分管领域的水库安全工作。",
        _TITLE,
    )
    assert any(name.endswith("其他分管负责人") for name in holders_of_duty(graph, "按照职责分工"))


def test_a_list_of_things_before_a_unit_names_one_unit() -> None:
    graph = document("第五条 塘坝、水闸管理单位应当在汛前检查所管工程。", _TITLE)
    assert holders_of_duty(graph, "在汛前检查") == {"塘坝、水闸管理单位"}


def test_the_list_after_or_names_one_unit_beside_the_other_body() -> None:
    graph = document("第六条 县水利局或者有关塘坝、泵站管理单位应当建立巡查制度。", _TITLE)
    assert "有关塘坝、泵站管理单位" in names(graph)


def test_a_list_of_bodies_before_a_unit_stays_a_list() -> None:
    graph = document("第七条 县水利局、泵站管理单位应当建立巡查制度。", _TITLE)
    assert "县水利局、泵站管理单位" not in names(graph)
    assert "泵站管理单位" in names(graph)


def test_a_list_opened_inside_a_phrase_is_not_read_as_things() -> None:
    graph = document("第八条 乡（镇）人民政府、泵站管理单位应当建立巡查制度。", _TITLE)
    assert not any(name.startswith("人民政府、") for name in names(graph))
