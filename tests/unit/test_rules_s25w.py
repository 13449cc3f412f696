"""Round 63 (lvl63): level lists whose later item opens with a place phrase (X所在地)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces


def test_place_phrase_item_joins_level_list() -> None:
    # 市、X所在地县级人民政府: the bare 市 is the first item of the list, the place phrase opens the second
    # it reads as the plain level list 市、县级人民政府 does
    placed = document("第一条 市、河口所在地县级人民政府应当加强河口保护工作。", "某市河口保护条例")
    plain = document("第一条 市、县级人民政府应当加强河口保护工作。", "某市河口保护条例")
    assert holder_names(placed, 1) == holder_names(plain, 1) == {"市级人民政府", "县级人民政府"}


def test_place_phrase_item_printed_whole() -> None:
    assert surfaces("市、湿地所在地县级人民政府应当组织巡查", "municipal") == ["市", "湿地所在地县级人民政府"]


def test_place_phrase_after_a_noun_is_no_level_list() -> None:
    # 保护区、湿地所在地…: no bare level word before the mark, so nothing is distributed
    assert surfaces("对保护区、湿地所在地县级人民政府进行考核", "municipal") == ["县级人民政府"]
