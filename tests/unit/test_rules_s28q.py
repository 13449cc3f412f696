"""Street and village genre (round 95): a 直辖市's full-named commissions and centres sit in the level's
government, not its 党委和政府 pair; the village's groups (村民小组, 村民小组会议) are bodies of their own,
in no other body, and the group's post (村民小组组长) sits in its group."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

METRO_TITLE = "天津市某区社区治理工作规定"
VILLAGE_TITLE = "某某省村民自治工作办法"


def test_metropolis_commission_and_centre_sit_in_the_government() -> None:
    graph = document(
        "第三条 区委、区政府统筹全区社区治理工作。区政府负责组织实施。\n"
        "第四条 区交通运输委员会负责道路停车秩序的管理。区政务服务中心负责受理群众诉求。",
        METRO_TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("区交通运输委员会", "区政府") in part_of
    assert ("区政务服务中心", "区政府") in part_of
    assert ("区交通运输委员会", "区委、区政府") not in part_of


def test_commission_outside_a_metropolis_keeps_the_pair() -> None:
    graph = document(
        "第三条 县委、县政府统筹全县社区治理工作。县政府负责组织实施。\n第四条 县政务服务中心负责受理群众诉求。",
        "某某省某县社区治理工作规定",
    )
    assert ("县政务服务中心", "县政府") not in edges(graph, "PART_OF")


def test_village_group_and_its_assembly_are_bodies() -> None:
    graph = document(
        "第五条 村民小组应当管理本组集体所有的山林和水塘。\n第六条 村民小组会议讨论决定本组村民的公益事项。",
        VILLAGE_TITLE,
    )
    assert {"村民小组", "村民小组会议"} <= names(graph)
    assert holder_names(graph, 5) == {"村民小组"}
    assert holder_names(graph, 6) == {"村民小组会议"}
    assert not {s for s, _ in edges(graph, "PART_OF")} & {"村民小组", "村民小组会议"}


def test_group_leader_sits_in_the_group() -> None:
    graph = document(
        "第五条 村民委员会负责办理本村的公共事务。村民小组应当管理本组集体所有的山林。\n"
        "第七条 村民小组组长召集村民小组会议，向村民委员会反映本组村民的要求。",
        VILLAGE_TITLE,
    )
    assert holder_names(graph, 7) == {"村民小组组长"}
    assert ("村民小组组长", "村民小组") in edges(graph, "PART_OF")
