"""Round 106 (people's-congress street bodies): the working committee a standing committee sets up in the
streets, named by a short name of its own reading (X在街道设立的工作委员会(以下简称Y)), stays X's body; a body
defined as X的工作机构 (Y是X在街道设立的工作机构) sits in X and that definition is no duty of Y. Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

_TITLE = "某市街道人大工作规定"


def test_a_defined_working_committee_stays_in_the_standing_committee_that_set_it_up() -> None:
    graph = document(
        "第二条 区人民代表大会常务委员会在街道设立的工作委员会（以下简称人大街道工委）负责联系辖区代表，"
        "并向区人民代表大会常务委员会报告工作。"
        "第三条 人大街道工委应当收集居民意见。",
        _TITLE,
    )
    assert ("人大街道工委", "区人民代表大会常务委员会") in edges(graph, "PART_OF")


def test_a_defined_centre_set_up_by_a_government_gets_no_set_up_edge() -> None:
    graph = document(
        "第二条 区人民政府设立的河道养护中心（以下简称养护中心）隶属于区水务主管部门，负责河道日常养护。"
        "第三条 区人民政府应当保障养护经费。",
        _TITLE,
    )
    assert ("养护中心", "区人民政府") not in edges(graph, "PART_OF")


def test_a_body_defined_as_a_working_body_sits_in_it_and_the_definition_is_no_duty() -> None:
    graph = document(
        "第二条 街道人大工委是县人民代表大会常务委员会在街道设立的工作机构，负责联系辖区代表。"
        "第三条 街道人大工委应当收集居民意见。",
        _TITLE,
    )
    assert ("街道人大工委", "县人民代表大会常务委员会") in edges(graph, "PART_OF")
    assert not any(text.endswith("工作机构") for text in duty_texts(graph))
