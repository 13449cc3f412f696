"""Partner places of round 59: places listed right after a partner 与 (相关省市, 相邻省区, a named province, a
province's 结对 districts) stand for their governments when a cooperation word (合作/协作/对接) follows, and the
holder assists them; a place named only as a location is no organ; a 与 opening a piece of the clause is the
holder's own act.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_named, surfaces


def test_a_set_of_neighbouring_places_is_the_partner_of_a_cooperation() -> None:
    graph = document("第一条 市人民政府应当加强与周边省市的大气污染联防联控协作。", "某市大气污染防治条例")
    assert ("市人民政府", "周边省市") in edges(graph, "ASSISTS")
    assert organ_named(graph, "周边省市").level == "provincial"


def test_a_region_prefix_and_an_organ_in_the_list_are_kept() -> None:
    body = "第一条 省水利厅应当加强与珠江流域管理机构和珠江流域相邻省区的沟通协作。"
    found = edges(document(body, "某省水资源条例"), "ASSISTS")
    assert ("省水利厅", "珠江流域相邻省区") in found
    assert ("省水利厅", "珠江流域管理机构") in found


def test_named_provinces_and_a_level_set_after_them_are_partners() -> None:
    body = "第一条 省人民政府应当加强与福建省、江西省以及有关省、自治区、直辖市的防汛抗旱合作。"
    found = edges(document(body, "某省防汛条例"), "ASSISTS")
    assert {t for s, t in found if s == "省人民政府"} == {"福建省", "江西省", "有关省、自治区、直辖市"}


def test_the_paired_districts_of_a_province_are_a_partner_at_their_level() -> None:
    body = "第一条 有协作任务的县（市、区）应当做好与上海市结对区的产业对接。"
    graph = document(body, "某省乡村振兴条例")
    assert ("县（市、区）", "上海市结对区") in edges(graph, "ASSISTS")
    assert organ_named(graph, "上海市结对区").level == "county"


def test_a_place_named_as_a_location_is_no_organ() -> None:
    assert "湖南省" not in surfaces("县人民政府应当加强与湖南省交界地区的巡查。")
    graph = document("第一条 县人民政府应当加强与湖南省交界地区的巡查。", "某县护林办法")
    assert "湖南省" not in names(graph)


def test_a_province_before_its_department_stays_in_the_department() -> None:
    assert "广东省" not in surfaces("省生态环境厅应当加强与广东省生态环境厅的合作。")


def test_a_partner_opening_a_piece_of_the_clause_is_assisted() -> None:
    body = "第一条 市人民政府应当依照国家规定，与相邻市建立跨界河流保护合作机制。"
    assert ("市人民政府", "相邻市") in edges(document(body, "某市河流保护条例"), "ASSISTS")


def test_a_set_keeps_its_further_level_words_and_never_cuts_a_body() -> None:
    graph = document("第一条 市人民政府应当加强与周边区域相关省、市的水污染联防协作。", "某市水污染防治条例")
    assert ("市人民政府", "周边区域相关省、市") in edges(graph, "ASSISTS")
    assert "相邻市" not in surfaces("县人民政府应当加强与相邻市、县（市、区）人民政府的治污合作。")
