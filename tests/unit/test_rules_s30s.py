"""Rules of round 98 (city regulations naming their own districts and counties): a 、 list of named
places closed by 以及/和 and a lower level's collective (甲区、乙区以及有关镇人民政府) gives one government
per place and the collective; a level word joined by 和/及/以及 to a list of named places (市和甲区、乙县
人民政府) is the document's own government sharing the head, as with 、 (test_rules_s29q); a named 市
listed beside the city's named counties is a county-level city, not the city's own government.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, organ_named

_TITLE = "云岭市青湖保护条例"


def test_named_places_and_a_township_collective_after_yiji() -> None:
    graph = document("第一条 青川县、白水区、石门区以及有关镇人民政府应当组织青湖的日常巡查。", _TITLE)
    assert holders_of_duty(graph, "日常巡查") == {
        "青川县人民政府",
        "白水区人民政府",
        "石门区人民政府",
        "有关镇人民政府",
    }


def test_named_places_and_a_township_collective_after_he() -> None:
    graph = document("第一条 白水区、石门区和有关镇人民政府应当清理青湖沿岸的垃圾。", _TITLE)
    assert holders_of_duty(graph, "清理") == {"白水区人民政府", "石门区人民政府", "有关镇人民政府"}
    assert "石门区和有关镇人民政府" not in names(graph)


def test_level_word_joined_by_he_to_a_list_of_named_places() -> None:
    graph = document("第一条 市和青川县、白水区人民政府应当将青湖保护经费纳入财政预算。", _TITLE)
    assert holders_of_duty(graph, "保护经费") == {"市人民政府", "青川县人民政府", "白水区人民政府"}


def test_level_word_joined_by_yiji_shares_the_function_list() -> None:
    graph = document("第一条 市以及青川县人民政府林业、水利主管部门应当巡查青湖护岸林。", _TITLE)
    assert holders_of_duty(graph, "护岸林") == {
        "市人民政府林业主管部门",
        "市人民政府水行政主管部门",
        "青川县人民政府林业主管部门",
        "青川县人民政府水行政主管部门",
    }


def test_level_word_inside_a_word_before_he_is_no_government() -> None:
    graph = document("第一条 在城市和青川县人民政府划定的区域内，青川县人民政府应当设置警示标志。", _TITLE)
    assert "市人民政府" not in names(graph)


def test_named_city_listed_beside_counties_is_a_county_level_city() -> None:
    graph = document("第一条 市人民政府应当统筹青湖保护。\n第二条 青川县、白水区、石门市人民政府应当组织清淤。", _TITLE)
    assert holders_of_duty(graph, "组织清淤") == {"青川县人民政府", "白水区人民政府", "石门市人民政府"}
    assert organ_named(graph, "石门市人民政府").level == "county"
    assert holders_of_duty(graph, "统筹") == {"市人民政府"}


def test_own_city_listed_beside_its_counties_stays_the_city() -> None:
    graph = document("第一条 云岭市、青川县人民政府应当组织清淤。", _TITLE)
    assert organ_named(graph, "云岭市人民政府").level == "municipal"
