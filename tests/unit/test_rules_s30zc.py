"""Round s30 (教育督导 regulations): an education inspector printed after the schools it is assigned to."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某县教育督导办法"


def test_inspector_is_not_staff_of_the_schools_named_before_it() -> None:
    # 为…每所学校指派责任督学: the schools are the ones inspected, not the inspector's employer (no PART_OF)
    graph = document(
        "第一条 县教育督导机构为辖区内每所学校指派一名责任督学。责任督学应当每月到校督导一次，"
        "并向县教育督导机构报告督导情况。",
        _TITLE,
    )
    assert "责任督学" in names(graph)
    assert not any(source == "责任督学" and "学校" in target for source, target in edges(graph, "PART_OF"))


def test_inspector_after_a_staffing_ratio_of_schools() -> None:
    # 按照每四所学校一名的比例配备督学: a ratio over schools, the inspector is still no school's staff
    graph = document(
        "第一条 县教育督导机构按照每四所学校不少于一名的比例配备督学。"
        "督学应当定期对学校开展督导，并及时报告发现的问题。",
        _TITLE,
    )
    assert not any(source == "督学" and "学校" in target for source, target in edges(graph, "PART_OF"))
