"""Level chiefs and level ladders of round 95: 省长 at a clause opening is the head of the provincial
government, and 省长、自治区主席、直辖市市长 one role over the three kinds of province; a level chief sits in
its level's government where that government acts; 上级人民政府对下级人民政府… with no two levels named
keeps the relative bodies as printed.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某省湿地保护行政首长负责制规定"


def test_a_governor_at_a_clause_opening_is_a_role_of_the_provincial_government() -> None:
    graph = document(
        "第一条 省人民政府负责全省湿地保护工作。\n第二条 省长对全省湿地保护工作负总责，定期研究湿地保护重大问题。",
        _TITLE,
    )
    assert "省长" in names(graph)
    assert holders_of_duty(graph, "定期研究湿地保护重大问题") == {"省长"}
    assert ("省长", "省人民政府") in edges(graph, "PART_OF")


def test_the_governor_list_of_the_three_kinds_of_province_is_one_role() -> None:
    graph = document(
        "第一条 省、自治区、直辖市人民政府负责本行政区域湿地保护工作。\n"
        "第二条 省长、自治区主席、直辖市市长对本行政区域湿地保护工作负总责。",
        "湿地保护行政首长负责制规定",
    )
    assert holders_of_duty(graph, "负总责") == {"省长"}
    assert not {"自治区主席", "直辖市市长", "市长"} & names(graph)
    assert ("省长", "省、自治区、直辖市人民政府") in edges(graph, "PART_OF")


def test_a_district_chief_sits_in_the_acting_district_government() -> None:
    graph = document(
        "第一条 区委、区人民政府统筹全区湿地保护工作。区人民政府组织编制湿地保护规划。\n"
        "第二条 区长对全区湿地保护工作负总责。",
        "某区湿地保护工作规定",
    )
    assert ("区长", "区人民政府") in edges(graph, "PART_OF")


def test_a_ladder_with_no_two_levels_named_keeps_the_relative_bodies() -> None:
    graph = document(
        "第一条 上级人民政府应当对下级人民政府的湿地保护工作进行检查。",
        "湿地保护工作规定",
    )
    assert ("上级人民政府", "下级人民政府") in edges(graph, "SUPERVISES")
