"""Round 114 (extra organs): a verb whose object is a body (掌握, 列明, 传达, 依托) opens no name; the
public printed with a stem that names every unit (所有单位和个人, 一切单位和个人) is no organ, as 任何单位和
个人 is; and the township pair's printed variants (乡镇人民政府及街道办事处, 乡（镇）党委和人民政府、街道党工委
和办事处, 街道纪工委、镇纪委, 街道办事处、乡、镇人民政府) are one body each, as the forms the lexicon already
held are. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_every_unit_with_individuals_is_the_public() -> None:
    assert surfaces("在紧急排涝期，所有单位和个人必须服从排涝指挥部的调度。") == ["排涝指挥部"]
    assert surfaces("一切单位和个人都有保护湿地的义务。") == []


def test_an_owner_unit_ending_in_the_same_characters_stays_a_body() -> None:
    assert surfaces("苗圃的林地所有单位应当承担管护费用。") == ["林地所有单位"]


def test_the_township_pair_joined_by_ji_is_one_body() -> None:
    assert surfaces("乡镇人民政府及街道办事处负责辖区内堤防的日常巡查。", "county") == ["乡镇人民政府及街道办事处"]
    assert surfaces("乡镇人民政府以及街道办事处应当配合做好防汛工作。", "county") == ["乡镇人民政府以及街道办事处"]


def test_the_township_party_and_government_pair_with_the_street_pair_is_one_body() -> None:
    assert surfaces("镇党委和人民政府、街道党工委和办事处负责本辖区的湖泊保护工作。", "county") == [
        "镇党委和人民政府、街道党工委和办事处"
    ]


def test_the_street_and_township_discipline_bodies_are_one_body() -> None:
    assert surfaces("街道纪工委、乡镇纪委应当对履职情况开展监督。", "county") == ["街道纪工委、乡镇纪委"]


def test_the_street_office_before_the_listed_townships_is_one_body() -> None:
    assert surfaces("街道办事处、乡、镇人民政府负责组织辖区内的义务植树。", "county") == ["街道办事处、乡、镇人民政府"]


def test_a_verb_taking_a_body_as_object_opens_no_name() -> None:
    assert surfaces("（二）动态掌握重点单位和重点部位的底数；", "county") == ["重点单位"]
    assert surfaces("清单应当列明街道办事处承担配合责任的事项。", "county") == ["街道办事处"]
    assert surfaces("镇依托农业服务中心承担田长制日常工作。", "county") == ["农业服务中心"]


def test_the_pastoral_village_committee_pair_is_one_body() -> None:
    assert surfaces("嘎查村民委员会、居民委员会协助做好草原防火宣传。", "county") == ["嘎查村民委员会、居民委员会"]
