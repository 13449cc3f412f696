"""Round 121 (street offices and self-government): the sub-committee a department guides, named with the
committee it belongs to (对居民委员会有关的下属委员会进行业务指导), and the enforcement team a street office sets
up. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某村民委员会工作条例"


def test_the_committee_owning_the_guided_sub_committee_is_no_object() -> None:
    graph = document(
        "第九条 县人民政府民政部门可以对村民委员会有关的下属委员会进行工作指导。"
        "第十条 下属委员会应当按月公布工作情况。",
        _TITLE,
    )
    guided = edges(graph, "GUIDES")
    assert ("县人民政府民政部门", "下属委员会") in guided
    assert ("县人民政府民政部门", "村民委员会") not in guided


def test_an_enforcement_team_set_up_by_a_street_office_sits_in_it() -> None:
    graph = document(
        "第九条 街道办事处设立综合行政执法大队，以街道办事处名义开展执法检查。"
        "第十条 综合行政执法大队应当公示执法事项。",
        "某某街道办事处条例",
    )
    assert ("综合行政执法大队", "街道办事处") in edges(graph, "PART_OF")
