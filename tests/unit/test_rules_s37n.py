"""Round 120 (GUIDES across the dev set): the central administrations printed with 中国 (中国气象局,
中国地震局) as members of a 会同 list of ministries, a second 由 piece (日常由Y管理) that keeps the topic for
the guidance accepted after it, and 综合执法队 (no 行政) as a law-enforcement team's head. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某森林资源保护办法"


def test_central_administrations_printed_with_china_join_the_ministries() -> None:
    graph = document(
        "第二条 应急管理部会同水利部、中国气象局、中国地震局、国家林业和草原局等国务院有关部门，"
        "对省级人民政府防灾减灾工作进行督促指导。",
        "某某防灾减灾工作办法",
    )
    guides = edges(graph, "GUIDES")
    for source in ("应急管理部", "水利部", "中国气象局", "中国地震局", "国家林业和草原局"):
        assert (source, "省级人民政府") in guides


def test_a_second_agent_piece_keeps_the_topic_for_the_guidance_after_it() -> None:
    graph = document(
        "第二条 县人民政府林业主管部门负责本县森林防火工作。"
        "第三条 护林员由县人民政府林业主管部门会同乡镇人民政府选聘，日常由乡镇人民政府管理，"
        "业务上接受县人民政府林业主管部门的指导。",
        _TITLE,
    )
    guides = edges(graph, "GUIDES")
    assert ("县人民政府林业主管部门", "护林员") in guides
    assert ("县人民政府林业主管部门", "乡镇人民政府") not in guides


def test_a_law_enforcement_team_printed_without_xingzheng_is_a_body() -> None:
    graph = document(
        "第二条 镇综合执法队以镇人民政府的名义开展执法活动，业务上接受县城市管理部门的指导和监督。",
        "某某镇综合执法办法",
    )
    guides = edges(graph, "GUIDES")
    assert ("县城市管理部门", "镇综合执法队") in guides
    assert ("县城市管理部门", "镇人民政府") not in guides
