"""Round 119 (villagers' committee laws: relations): the village's self-governing bodies sit in no body by
their level where the village node is the bare 村 (no 两委 pair), and a sanction condition about the
decisions of bodies (X的决定违反…的，由Y责令改正) makes Y supervise those bodies, which are no liable
parties themselves. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges

_TITLE = "某某省村务管理办法"


def _part_of_targets(graph: DocumentGraph, source: str) -> set[str]:
    return {target for s, target in edges(graph, "PART_OF") if s == source}


def test_village_bodies_sit_in_no_bare_village_by_their_level() -> None:
    graph = document(
        "第二条 村民委员会负责办理本村的公共事务，村民会议讨论决定本村的重大事项。"
        "第三条 村应当建立村务监督委员会，负责监督村务公开。",
        _TITLE,
    )
    assert not _part_of_targets(graph, "村民委员会")
    assert not _part_of_targets(graph, "村民会议")


def test_a_village_pair_printed_as_such_keeps_its_committee() -> None:
    graph = document(
        "第二条 村“两委”负责组织村民开展环境整治。第三条 村民委员会负责日常保洁。村党组织负责宣传。",
        _TITLE,
    )
    assert _part_of_targets(graph, "村民委员会") == {"村“两委”"}


def test_the_decisions_of_assemblies_put_them_under_the_ordering_government() -> None:
    graph = document(
        "第五条 村民小组会议或者村民代表会议的决定违反法律规定的，由镇人民政府责令改正。"
        "第六条 镇人民政府应当加强指导。",
        _TITLE,
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "镇人民政府"}
    assert {"村民小组会议", "村民代表会议"} <= supervised
    assert not {liability.organ.split("/", 1)[1] for liability in graph.liabilities} & supervised


def test_a_decision_sanction_names_no_decision_maker_where_no_organ_precedes_it() -> None:
    graph = document(
        "第五条 违反本办法规定作出的决定，由镇人民政府责令改正。第六条 镇人民政府应当加强指导。",
        _TITLE,
    )
    assert not edges(graph, "SUPERVISES")


def test_the_body_helping_in_a_supported_act_assists_the_supporting_government() -> None:
    graph = document(
        "第七条 县人民政府和镇人民政府对居民委员会协助政府开展防疫工作，应当给予经费保障。",
        _TITLE,
    )
    assists = edges(graph, "ASSISTS")
    assert {("居民委员会", "县人民政府"), ("居民委员会", "镇人民政府")} <= assists
    assert ("县人民政府", "居民委员会") not in assists


def test_a_supported_act_helping_another_named_body_gives_the_holder_no_helper() -> None:
    graph = document(
        "第七条 县人民政府对居民委员会协助县卫生健康部门开展防疫工作，应当给予经费保障。",
        _TITLE,
    )
    assert ("居民委员会", "县人民政府") not in edges(graph, "ASSISTS")
