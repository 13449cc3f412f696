"""Round 130 (long descriptive units as organs): a 、 list of the functions a unit does, its head printed
once after the last (收集、运输单位, X产生、收集、运输、处置单位), is one regulated unit named as printed; a
thing's two functions (X经营、管理单位) are left alone, and a list of acts anyone may be urged to (鼓励、支持单位)
is no unit. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, surfaces

_TITLE = "某某市餐厨废弃物管理条例"


def test_a_bare_list_of_functions_is_one_unit() -> None:
    graph = document("第十条 贮存、运输单位应当使用密闭容器，并建立台账。", _TITLE)
    assert holders_of_duty(graph, "使用密闭容器") == {"贮存、运输单位"}


def test_a_thing_before_three_functions_belongs_to_the_unit() -> None:
    graph = document("第十一条 餐厨废弃物收集、运输、处置单位应当按日记录来源和数量。", _TITLE)
    assert holders_of_duty(graph, "按日记录") == {"餐厨废弃物收集、运输、处置单位"}


def test_the_own_place_opening_the_list_is_no_part_of_the_name() -> None:
    assert "废旧电池回收、贮存、处置单位" in surfaces("本市废旧电池回收、贮存、处置单位应当定期报告。")


def test_a_thing_before_two_functions_is_not_read_as_one_unit() -> None:
    assert "管道维护、管理单位" not in surfaces("管道维护、管理单位应当定期巡查。")


def test_a_list_of_urging_verbs_is_no_unit() -> None:
    assert not any("、" in s for s in surfaces("本市鼓励、支持单位开展餐厨废弃物资源化利用。"))


def test_after_de_the_list_is_part_of_a_longer_phrase() -> None:
    assert "收集、运输单位" not in surfaces("危险废物的收集、运输单位应当持证经营。")
