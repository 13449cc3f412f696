"""Round 98 (prefecture 地区): a title opening with X地区 names a prefecture of a region (阿克苏地区, 喀什地区) where
the text prints its 地委 or 行政公署; a title on a kind of area (民族地区, 往来台湾地区) names no place."""

from __future__ import annotations

from tests.unit.rules_support import document


def test_prefecture_title_is_a_municipal_document() -> None:
    graph = document("第一条 地委、行署对本地区草原保护工作负总责。", "和田地区草原保护责任制规定")
    assert graph.document.jurisdiction == "和田地区"
    assert graph.document.level == "municipal"


def test_area_noun_before_diqu_is_no_place() -> None:
    graph = document("第一条 各级人民政府应当支持民族地区发展。", "民族地区发展促进办法")
    assert graph.document.jurisdiction != "民族地区"
