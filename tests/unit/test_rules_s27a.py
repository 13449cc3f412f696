"""Round 90 (level lists with bracketed level words): each level's department of a function list
carries its own level's name, so the level tells them apart, not only the shared function word."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, organ_named

ARTICLE = "第三条 州、县（市）人民政府农业、水利等主管部门按照各自职责，做好草场防火的有关工作。"


def test_level_list_departments_carry_their_level_in_the_plain_head() -> None:
    graph = document(ARTICLE, "某州草场防火办法")
    county = organ_named(graph, "县（市）人民政府农业主管部门")
    city = organ_named(graph, "州人民政府农业主管部门")
    assert {"县(市)农业部门", "县(市)人民政府农业部门"} <= set(county.aliases)
    assert "州农业部门" in city.aliases and "县(市)农业部门" not in city.aliases
    part_of = edges(graph, "PART_OF")
    assert ("县（市）人民政府农业主管部门", "县（市）人民政府") in part_of
    assert ("州人民政府农业主管部门", "州人民政府") in part_of


def test_renamed_item_keeps_its_printed_function_word_per_level() -> None:
    """水利 is keyed as 水行政主管部门; its per-level names keep the printed 水利 (never 水部门)."""
    graph = document(ARTICLE, "某州草场防火办法")
    county = next(o for o in graph.organs if o.name.startswith("县（市）") and "水" in o.name)
    assert "县(市)水利部门" in county.aliases
    assert not any(a.endswith("水部门") for a in county.aliases)


def test_prefecture_city_level_word_with_brackets() -> None:
    """州（市）: the prefecture level printed with the city in brackets, one level word per list item (the
    committees act on their own in art. 3, so their departments' PART_OF stands)."""
    graph = document(
        "第三条 州（市）、县（市、区）党委对驻村帮扶工作负总责。\n"
        "第四条 州（市）、县（市、区）党委组织部门会同有关单位，选派驻村工作队员。",
        "某省驻村帮扶办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("州（市）党委组织部门", "州（市）党委") in part_of
    assert ("县（市、区）党委组织部门", "县（市、区）党委") in part_of
    assert organ_named(graph, "州（市）党委组织部门").level == "municipal"


def test_county_level_word_with_administrative_committee() -> None:
    """县（市、区、行政委员会）: the county level of a province whose county units include 行政委员会."""
    graph = document(
        "第五条 市（州）、县（市、区、行政委员会）人民政府畜牧主管部门负责本行政区域草场管护工作。",
        "某省草场管护办法",
    )
    county = organ_named(graph, "县（市、区、行政委员会）人民政府畜牧主管部门")
    assert county.level == "county"
    government = "县（市、区、行政委员会）人民政府"
    assert (county.name, government) in edges(graph, "PART_OF")
    assert "行政委员会" not in {o.name for o in graph.organs}


def test_other_departments_of_a_bracketed_level_list_stand_at_each_level() -> None:
    """市、县（区）人民政府其他有关部门: 其他 before the owned set keeps one set per listed level (as 市、县（区）
    人民政府有关部门 does), not only the last level's."""
    graph = document(
        "第六条 市、县（区）人民政府负责本行政区域的草场管护工作。\n"
        "第七条 市、县（区）人民政府其他有关部门按照各自职责做好草场管护的相关工作。",
        "某市草场管护办法",
    )
    assert holder_names(graph, 7) == {"市人民政府有关部门", "县（区）人民政府有关部门"}
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府有关部门", "市人民政府") in part_of
    assert ("县（区）人民政府有关部门", "县（区）人民政府") in part_of
