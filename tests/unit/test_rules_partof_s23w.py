"""PART_OF round 49: a government's own role sits in the acting government, each level's copy of a
本级 name gets its body, and a people's congress sits in no 党委和政府 pair (sentences written for
these tests)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_role_of_an_acting_government_sits_in_that_government() -> None:
    graph = document(
        "第一条 旗（县、市）党委和政府负责本地区湿地保护工作。\n"
        "第二条 旗（县、市）人民政府应当组织编制湿地保护规划。"
        "旗（县、市）人民政府主要负责人是本行政区域湿地保护第一责任人。\n",
        "某盟湿地保护责任制实施办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("旗（县、市）人民政府主要负责人", "旗（县、市）人民政府") in part_of
    assert ("旗（县、市）人民政府主要负责人", "旗（县、市）党委和政府") not in part_of


def test_party_head_still_sits_in_the_pair() -> None:
    graph = document(
        "第一条 县委、县政府负责本县河道保护工作。县人民政府应当组织巡查。"
        "县委书记是本县河道保护第一责任人，应当定期研究河道保护工作。\n",
        "某县河道保护责任制规定",
    )
    assert ("县委书记", "县委、县政府") in edges(graph, "PART_OF")


def test_each_level_copy_of_the_standing_committee_sits_in_its_congress() -> None:
    graph = document(
        "第一条 市、县（区）人民政府应当每年向本级人民代表大会或者其常务委员会报告湿地保护工作情况。\n",
        "某市湿地保护条例",
    )
    part_of = edges(graph, "PART_OF")
    assert ("市人民代表大会常务委员会", "市人民代表大会") in part_of
    assert ("县（区）人民代表大会常务委员会", "县（区）人民代表大会") in part_of


def test_congress_sits_in_no_party_and_government_pair() -> None:
    graph = document(
        "第一条 市委、市政府统筹推进全市饮用水源保护工作。\n"
        "第二条 市人民代表大会常务委员会应当加强对饮用水源保护工作的监督，听取市人民政府的专项报告。\n",
        "某市饮用水源保护工作规定",
    )
    sources = {source for source, _ in edges(graph, "PART_OF")}
    assert "市人民代表大会常务委员会" not in sources
