"""Organ rules of session 18 (round g): the Inner Mongolia county word 旗县(市) and the 盟's fixed pair
盟委、行政公署 (行政公署 alone its government); 有关 before a printed level word picks the level's body;
街道办事处、镇人民政府 printed street first is the township pair; 村党组织和村民委员会 the village 两委;
中央纪委国家监委 one body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, names, organ_id, surfaces


def _found(text: str, doc_level: str) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.cls, m.level) for m in find_mentions(text, doc_level)]


def test_qixian_shi_is_the_county_level_word() -> None:
    assert _found("旗县(市)党委和政府统筹湿地保护,旗县(市)人民政府编制规划。", "municipal") == [
        ("旗县(市)党委和政府", "pg", "county"),
        ("旗县(市)人民政府", "gov", "county"),
    ]
    assert _found("旗县(市)水行政主管部门负责巡查。", "municipal") == [("旗县(市)水行政主管部门", "dept", "county")]
    assert surfaces("盟水务局督促各旗县(市)完成整治。", "municipal") == ["盟水务局", "各旗县(市)"]


def test_league_committee_and_its_office_are_one_pair() -> None:
    assert _found("盟委、行政公署对全盟湿地保护负总责。", "municipal") == [("盟委、行政公署", "pg", "municipal")]
    assert _found("地委和行政公署统筹推进。", "municipal") == [("地委和行政公署", "pg", "municipal")]
    # printed alone the office is the level's government (no other level has one)
    assert _found("方案报行政公署批准后实施。", "municipal") == [("行政公署", "gov", "municipal")]


def test_a_pick_of_a_level_is_that_levels_body() -> None:
    graph = document(
        "第一条 县人民政府每年开展湿地巡查。\n第二条 市水务局督促有关县人民政府整改;有关县人民政府应当按期整改。",
        "某市湿地保护办法",
    )
    assert organ_id(graph, "有关县人民政府") == organ_id(graph, "县人民政府")
    assert "县人民政府" in names(graph)
    assert surfaces("市水务局督促有关区县限期整改。", "municipal") == ["市水务局", "有关区县"]
    assert surfaces("问题清单交办有关旗县(市)。", "municipal") == ["有关旗县(市)"]


def test_a_pick_word_before_other_phrases_is_no_bare_level() -> None:
    assert surfaces("村民应当遵守有关村规民约。", "county") == []
    assert "有关县级" not in surfaces("作业单位应当同有关县级以上人民政府渔业主管部门协商。", "municipal")


def test_street_office_printed_before_the_township_government_is_one_body() -> None:
    assert _found("区人民政府督促街道办事处、镇人民政府做好清扫保洁。", "municipal") == [
        ("区人民政府", "gov", "county"),
        ("街道办事处、镇人民政府", "gov", "township"),
    ]
    assert _found("街道办事处和乡(镇)人民政府应当组织巡查。", "county") == [
        ("街道办事处和乡(镇)人民政府", "gov", "township")
    ]


def test_village_party_organisation_and_committee_are_the_two_committees() -> None:
    assert _found("村党组织和村民委员会协助镇人民政府开展巡查。", "county") == [
        ("村党组织和村民委员会", "pg", "village"),
        ("镇人民政府", "gov", "township"),
    ]


def test_central_discipline_and_supervisory_commission_is_one_body() -> None:
    assert surfaces("中央纪委国家监委对落实情况开展监督。", "central") == ["中央纪委国家监委"]
