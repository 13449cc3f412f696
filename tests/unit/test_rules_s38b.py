"""Round 121 (street offices and self-government): the village committee's groups set up on a basis of
ownership ties (根据…所有权关系等分设若干村民小组) and the sub-committee a department guides, named with the
committee it belongs to (对居民委员会有关的下属委员会进行业务指导). Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

_TITLE = "某某村民委员会工作条例"


def test_groups_set_up_on_ownership_ties_are_a_duty_and_a_part() -> None:
    graph = document(
        "第五条 村民委员会可以根据山林水面所有权关系和生产需要分设若干村民小组。"
        "第六条 村民小组应当组织本组村民参加公益劳动。",
        _TITLE,
    )
    assert any("分设若干村民小组" in text for text in duty_texts(graph))
    assert ("村民小组", "村民委员会") in edges(graph, "PART_OF")


def test_a_power_beside_ownership_stays_no_duty() -> None:
    graph = document("第七条 村民有权查询集体土地所有权登记情况。", _TITLE)
    assert not any("查询" in text for text in duty_texts(graph))


def test_the_committee_owning_the_guided_sub_committee_is_no_object() -> None:
    graph = document(
        "第九条 县人民政府民政部门可以对村民委员会有关的下属委员会进行工作指导。"
        "第十条 下属委员会应当按月公布工作情况。",
        _TITLE,
    )
    guided = edges(graph, "GUIDES")
    assert ("县人民政府民政部门", "下属委员会") in guided
    assert ("县人民政府民政部门", "村民委员会") not in guided


def test_representatives_sit_in_the_assembly_their_name_opens() -> None:
    graph = document(
        "第十二条 人口较多的村可以设立村民代表会议。"
        "第十三条 村民代表应当定期走访推选户，收集村民意见。村民代表会议应当每季度召开一次。",
        _TITLE,
    )
    assert ("村民代表", "村民代表会议") in edges(graph, "PART_OF")


def test_representatives_with_no_assembly_node_stay_apart() -> None:
    graph = document("第十三条 村民代表应当定期走访推选户，收集村民意见。", _TITLE)
    assert not any(source == "村民代表" for source, _ in edges(graph, "PART_OF"))


def test_a_reviewer_on_the_way_to_the_approver_is_no_report_target() -> None:
    graph = document(
        "第四条 社区居民委员会的设立和范围调整，由街道办事处提出方案，经区民政部门审核后，报区人民政府批准。",
        "某某社区工作条例",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("街道办事处", "区人民政府") in reports
    assert ("街道办事处", "区民政部门") not in reports


def test_a_result_settled_by_a_body_still_goes_to_it() -> None:
    graph = document(
        "第十一条 考核工作由县社区工作领导小组办公室组织实施，考核结果经县社区工作领导小组审定后报县人民政府。",
        "某某社区工作条例",
    )
    assert ("县社区工作领导小组办公室", "县社区工作领导小组") in edges(graph, "REPORTS_TO")


def test_an_enforcement_team_set_up_by_a_street_office_sits_in_it() -> None:
    graph = document(
        "第九条 街道办事处设立综合行政执法大队，以街道办事处名义开展执法检查。"
        "第十条 综合行政执法大队应当公示执法事项。",
        "某某街道办事处条例",
    )
    assert ("综合行政执法大队", "街道办事处") in edges(graph, "PART_OF")
