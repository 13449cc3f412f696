"""Round 48 (levels): the bracketed 盟/旗 level words (旗（县、市）, 苏木（乡镇）, 嘎查（村）), 行署 as the short form
of 行政公署, the 督查室 of a party committee or government, 市政务服务 as 市 + 政务, the township government
and street office joined by 和, the street-first township pair, and 签发 as a verb inside no stem."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named


def test_bracketed_banner_level_words() -> None:
    # 旗（县、市） is the county level, 苏木（乡镇） the township level and 嘎查（村） the village level
    graph = document(
        "第一条 旗（县、市）人民政府负责组织草场巡查。\n"
        "第二条 苏木（乡镇）党委和政府负责落实围栏维护。\n"
        "第三条 嘎查（村）党组织负责动员牧户参与。",
        "某某盟草场围栏管护办法",
    )
    assert organ_named(graph, "旗（县、市）人民政府").level == "county"
    assert organ_named(graph, "苏木（乡镇）党委和政府").level == "township"
    assert organ_named(graph, "嘎查（村）党组织").level == "village"


def test_xingshu_is_the_short_form_of_the_administrative_office() -> None:
    # 盟委、行署 is the 盟's fixed pair and 行署 alone its government
    graph = document(
        "第一条 盟委、行署统一部署草场围栏管护工作。\n第二条 行署负责年度考评。",
        "某某盟草场围栏管护办法",
    )
    assert organ_named(graph, "盟委、行署").kind == "party_and_government"
    assert organ_named(graph, "行署").kind == "government"
    assert holder_names(graph, 2) == {"行署"}


def test_inspection_office_of_a_committee_and_a_government() -> None:
    graph = document(
        "第一条 市委督查室、市政府督查室负责对围栏管护进展开展督查。",
        "某某市草场围栏管护办法",
    )
    assert {"市委督查室", "市政府督查室"} <= names(graph)


def test_city_government_services_bureau_opens_with_the_level() -> None:
    # 市政务服务局 is 市 + 政务服务局 (not 市政, municipal works); 市政设施 still opens with no level
    graph = document(
        "第一条 市政务服务局负责热线受理。\n第二条 市政设施管理单位负责路灯维护。",
        "某某市热线办理办法",
    )
    assert organ_named(graph, "市政务服务局").level == "municipal"


def test_bracketed_township_government_and_street_office_are_one_body() -> None:
    graph = document(
        "第一条 乡（镇）人民政府和街道办事处负责辖区内路灯巡查。",
        "某某市路灯管理办法",
    )
    assert "乡（镇）人民政府和街道办事处" in names(graph)
    assert "街道办事处" not in names(graph)


def test_street_first_township_pair_is_one_body() -> None:
    graph = document(
        "第一条 街道党工委和办事处、乡镇党委和政府负责辖区内热线诉求办理。",
        "某某区热线办理办法",
    )
    assert organ_named(graph, "街道党工委和办事处、乡镇党委和政府").level == "township"


def test_issuing_a_notice_ends_the_issuer() -> None:
    # 签发督办单: 签发 is a verb, so 市级河长签发督办 is no body
    graph = document(
        "第一条 对重大问题，由市级河长签发督办单，交县级河长办理。",
        "某某市河长制办法",
    )
    assert not any("签发" in name for name in names(graph))
