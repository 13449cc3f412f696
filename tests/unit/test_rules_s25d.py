"""Duty-bearing organs of round 51: a unit named by its bare function keeps the one thing printed
before 的 (输电线路的管理单位: a facility, a work, a line, a device …), as it kept a closed list of
things, but a description (规模较大的) or a category of the public (…的用水单位和个人) does not; a social
unit's bare head at a clause's opening holds the duty after a comma too (…等媒体，应当).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某市公共设施管理条例"


def test_a_unit_keeps_the_single_thing_printed_before_its_function() -> None:
    graph = document("第一条 路灯设施的养护单位应当每月检查一次照明情况。", _TITLE)
    assert holder_names(graph, 1) == {"路灯设施的养护单位"}
    graph = document("第二条 城区供热管道的运营单位应当在供暖季前完成检修。", _TITLE)
    assert holder_names(graph, 2) == {"城区供热管道的运营单位"}


def test_a_description_before_the_function_is_no_part_of_its_name() -> None:
    graph = document("第一条 收费较高的运营单位应当公示收费标准。", _TITLE)
    assert holder_names(graph, 1) == {"运营单位"}


def test_a_thing_qualified_unit_with_individuals_is_the_public() -> None:
    graph = document("第一条 停车设施的使用单位和个人，应当按照规定缴纳停车费用。", _TITLE)
    assert "停车设施的使用单位" not in holder_names(graph, 1)


def test_a_bare_social_head_holds_the_duty_after_a_comma() -> None:
    graph = document("第一条 电视、网络等媒体，应当开展节约用电宣传。", _TITLE)
    assert holder_names(graph, 1) == {"媒体"}
    graph = document("第二条 举办讲座时，可以通过网络等媒体，宣传节约用电。", _TITLE)
    assert "媒体" not in holder_names(graph, 2)
