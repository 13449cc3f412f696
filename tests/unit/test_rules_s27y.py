"""Round 92 (prec): precision of the station heads and of committee member names, judged on the corpus:
a bare 服务站/工作站/检查站 is a facility, a 站点 a place, research 工作站 platforms no body, and an act
or term printed before a committee's members no part of their name."""

from __future__ import annotations

from tests.unit.rules_support import document, names, surfaces


def test_bare_station_after_a_verb_is_a_facility() -> None:
    graph = document("第一条 县人民政府应当建设乡村快递服务站，方便群众寄递。", "某县快递服务条例")
    assert names(graph) == {"县人民政府"}


def test_named_station_is_still_a_body() -> None:
    assert surfaces("木材运输检查站应当查验运输证件", "county") == ["木材运输检查站"]
    assert surfaces("镇社区服务站负责办理居民证明事项", "county") == ["镇社区服务站"]


def test_station_point_is_a_place() -> None:
    assert surfaces("市人民政府应当安排公路超限检查站点的建设资金", "municipal") == ["市人民政府"]


def test_research_workstations_are_no_bodies() -> None:
    assert surfaces("区人民政府应当扶持院士工作站、博士后科研工作站和专家工作站的建设", "county") == ["区人民政府"]


def test_act_or_term_before_committee_members_is_no_part_of_their_name() -> None:
    assert surfaces("村民委员会应当每季度公示村民委员会成员的补贴发放情况", "township") == [
        "村民委员会",
        "村民委员会成员",
    ]
    assert surfaces("任期内村民委员会成员出现空缺的，由村民会议补选", "township") == ["村民委员会成员", "村民会议"]
    assert surfaces("届中出现村民委员会成员辞职的，由村民会议补选", "township") == ["村民委员会成员", "村民会议"]
