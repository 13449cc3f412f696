"""Round 91 (bodies behind relative references): a people's congress body resolved from 本级 after a list of
places sits in a congress its name prints, never in the level's government or pair named by the place."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def _lake_rule(extra: str = "") -> str:
    return (
        "第一条 市、区县人民政府应当每年向本级人民代表大会常务委员会报告湖泊保护情况，依法接受监督。\n"
        "第二条 市、区县分别设立总湖长，由本级党委和人民政府主要负责人担任。\n"
        "第三条 市、区县设立湖长制办公室，办公室设在本级水行政主管部门。\n" + extra
    )


def test_standing_committee_is_not_part_of_the_place_pair() -> None:
    # 区县 stands for the level's pair (第二条, 第三条); the 本级 standing committee of 区县人民政府 (第一条)
    # is no part of it
    graph = document(_lake_rule(), "某市湖泊保护条例")
    part_of = edges(graph, "PART_OF")
    assert not {target for source, target in part_of if source == "区县人民代表大会常务委员会"}


def test_standing_committee_sits_in_its_printed_congress() -> None:
    # where the congress is printed (第四条), the standing committee sits in it, by name
    graph = document(_lake_rule("第四条 区县人民代表大会应当听取湖泊保护工作报告。\n"), "某市湖泊保护条例")
    part_of = edges(graph, "PART_OF")
    committee = {target for source, target in part_of if source == "区县人民代表大会常务委员会"}
    assert committee == {"区县人民代表大会"}
