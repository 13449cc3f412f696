"""Round 117 (autonomous-region vocabulary): the 盟's bracketed 行政公署 printed once after a 盟市、旗县(市、区)
list belongs to the 盟 alone, for the list's leader roles as for its pairs and departments. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某自治区草原保护条例"


def test_a_listed_role_is_named_per_level_and_the_lower_one_drops_the_office() -> None:
    graph = document(
        "第二条 对草原保护考核不合格的，由自治区人民政府约谈盟市、旗县（市、区）党委和人民政府（行政公署）主要负责人。",
        _TITLE,
    )
    found = names(graph)
    assert "盟市党委和人民政府(行政公署)主要负责人" in found
    assert "旗县(市、区)党委和人民政府主要负责人" in found
    assert "旗县(市、区)党委和人民政府" in found
    assert not any("旗县" in name and "行政公署" in name for name in found)
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "自治区人民政府"}
    assert supervised == {"盟市党委和人民政府(行政公署)主要负责人", "旗县(市、区)党委和人民政府主要负责人"}


def test_a_role_of_a_bracketed_government_keeps_its_level_word() -> None:
    graph = document(
        "第二条 盟市、旗县人民政府（行政公署）主要负责人对本行政区域草原保护工作负总责。",
        _TITLE,
    )
    found = names(graph)
    assert "盟市人民政府(行政公署)主要负责人" in found
    assert "旗县人民政府主要负责人" in found


def test_a_chain_of_bare_level_pairs_reads_as_assessments_level_by_level() -> None:
    graph = document(
        "第二条 自治区对盟市、盟市对旗县（市、区）实行草原保护工作年度考核。"
        "第三条 盟市、旗县（市、区）党委和人民政府（行政公署）应当加强草原保护。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {
        ("自治区", "盟市党委和人民政府(行政公署)"),
        ("盟市党委和人民政府(行政公署)", "旗县(市、区)党委和人民政府"),
    }
    assert holders_of_duty(graph, "实行草原保护工作年度考核") == {"自治区", "盟市党委和人民政府(行政公署)"}


def test_a_chain_of_bare_places_in_a_plain_province() -> None:
    graph = document(
        "第二条 省对市、市对县实行耕地保护目标责任考核。第三条 市、县党委和政府应当保护耕地。", "某省耕地保护办法"
    )
    assert ("市级党委和政府", "县级党委和政府") in edges(graph, "SUPERVISES")
    assert ("省", "县级党委和政府") not in edges(graph, "SUPERVISES")


def test_the_level_forms_of_a_league_and_a_banner_stand_alone() -> None:
    graph = document(
        "第二条 中共某某盟委员会、某某盟行政公署（以下简称盟委、行署）统筹全盟草原保护工作。"
        "第三条 盟级设立草原保护委员会。第四条 旗级草长负责巡查草原。",
        "某盟草长制实施办法",
    )
    assert holders_of_duty(graph, "盟级设立") == {"盟委、行署"}
    assert holders_of_duty(graph, "巡查草原") == {"旗级草长"}
