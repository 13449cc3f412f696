"""Other places' bodies of round 98: a body named with a place at the document's own level that is not
the document's own place (another province's government, a partner city's government) is an organ of
its own, named as printed, not the document's own level body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_id


def test_another_provinces_government_is_its_own_organ() -> None:
    graph = document(
        "第一条 省人民政府与江苏省人民政府建立太湖水环境联合治理联席会议制度。\n第二条 省人民政府负责治理工作。",
        "安徽省湖泊治理办法",
    )
    assert {"省人民政府", "江苏省人民政府"} <= names(graph)
    assert ("省人民政府", "江苏省人民政府") in edges(graph, "ASSISTS")


def test_the_own_province_printed_in_full_stays_the_own_government() -> None:
    graph = document(
        "第一条 省人民政府应当组织湖泊巡查。\n第二条 安徽省人民政府负责湖泊治理工作。", "安徽省湖泊治理办法"
    )
    assert organ_id(graph, "安徽省人民政府") == organ_id(graph, "省人民政府")


def test_a_partner_citys_government_is_its_own_organ() -> None:
    graph = document(
        "第一条 市人民政府应当与邻江市人民政府建立清河跨市协作机制，共同开展联合巡查。\n"
        "第二条 市人民政府负责清河保护。",
        "临山市清河保护条例",
    )
    assert {"市人民政府", "邻江市人民政府"} <= names(graph)
    assert ("市人民政府", "邻江市人民政府") in edges(graph, "ASSISTS")


def test_a_named_city_of_the_own_level_that_is_no_partner_is_a_county_level_city() -> None:
    # a 市 of the document's own level outside a cooperation is a county-level city inside it: an organ of
    # its own at the county level (round 106, dev ay-hqq's 林州市 bodies; it was merged into 市人民政府 before)
    graph = document(
        "第一条 市人民政府负责古城墙保护工作。\n第二条 岭川市人民政府负责古城墙的日常保护。", "临山市古城墙保护条例"
    )
    assert organ_id(graph, "岭川市人民政府") != organ_id(graph, "市人民政府")
    assert next(o.level for o in graph.organs if o.name == "岭川市人民政府") == "county"
