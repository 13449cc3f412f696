"""Round 138 (REPORTS_TO where both ends are built but no edge was drawn): the report frames 报/报告相应的X and
按照X的要求报送/报告. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市堤防管理条例"


def test_a_report_to_the_corresponding_body() -> None:
    # 报相应的X备案: 相应的 only says which X (the one of the reporter's level or matter)
    graph = document("第七条 堤防管理单位应当编制年度养护计划，报相应的水行政主管部门备案。", _TITLE, "总则")
    assert ("堤防管理单位", "水行政主管部门") in edges(graph, "REPORTS_TO")


def test_a_report_on_the_demand_of_a_body_goes_to_it() -> None:
    # 按照X的要求报送: X asked for the report, so X receives it
    graph = document("第八条 区水行政主管部门应当按照市水行政主管部门的要求报送堤防巡查数据。", _TITLE, "总则")
    assert ("区水行政主管部门", "市水行政主管部门") in edges(graph, "REPORTS_TO")


def test_a_report_on_demand_keeps_its_printed_receiver() -> None:
    # 按照X的要求向Y报告: the printed receiver Y takes the report, X only sets the demand
    graph = document("第九条 区水行政主管部门应当按照市水行政主管部门的要求向区人民政府报告堤防险情。", _TITLE, "总则")
    assert edges(graph, "REPORTS_TO") == {("区水行政主管部门", "区人民政府")}


def test_an_offence_of_not_reporting_on_demand_is_no_report() -> None:
    # 不按照X的要求报送…的: an offence item, no report made
    graph = document(
        "第十条 堤防管理单位有下列行为之一的，由区水行政主管部门责令改正："
        "（一）不按照区水行政主管部门的要求报送巡查记录的；",
        _TITLE,
        "法律责任",
    )
    assert ("堤防管理单位", "区水行政主管部门") not in edges(graph, "REPORTS_TO")


def test_a_thing_sent_on_after_a_time_adverbial_is_its_owners_submission() -> None:
    # 养护方案应当在汛期前报X备案: a notional passive, as 养护方案应当报X备案 is; the carried holder submits
    graph = document(
        "第十一条 堤防管理单位应当编制养护方案。养护方案应当在汛期前报区水行政主管部门备案。", _TITLE, "总则"
    )
    assert ("堤防管理单位", "区水行政主管部门") in edges(graph, "REPORTS_TO")


def test_a_thing_made_public_after_a_time_adverbial_stays_a_norm() -> None:
    # 养护方案应当在汛期前公布: no submission, a norm on the thing (no duty of its own)
    graph = document("第十二条 堤防管理单位应当编制养护方案。养护方案应当在汛期前公布。", _TITLE, "总则")
    assert not any("公布" in duty.text for duty in graph.duties)


def test_an_approval_piece_with_two_approval_words_joins_the_permission() -> None:
    # 经X批准或者决定，Y可以…: Y asks X (REPORTS_TO Y → X), not the holder of the sentence before
    graph = document(
        "第十三条 堤防管理单位应当做好日常巡查。经市人民政府批准或者决定，区人民政府可以统一组织堤防抢护。",
        _TITLE,
        "总则",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区人民政府", "市人民政府") in reports
    assert ("堤防管理单位", "市人民政府") not in reports


def test_a_bare_work_report_goes_to_the_assembly_convened() -> None:
    # 召集X和Y，…并向其负责、报告工作: the convener answers to the assembly it convenes
    graph = document(
        "第十四条 社区议事委员会履行下列职责：\n\n（一）召集居民会议和居民代表会议，落实其决议，并报告工作；\n\n"
        "（二）管理社区公共设施。",
        "某某市社区议事条例",
        "总则",
    )
    assert {("社区议事委员会", "居民会议"), ("社区议事委员会", "居民代表会议")} <= edges(graph, "REPORTS_TO")


def test_a_work_report_in_another_item_is_not_to_the_assembly() -> None:
    # the convening item is closed by ；: a later item's bare report names no assembly
    graph = document(
        "第十五条 社区议事委员会履行下列职责：\n\n（一）召集居民会议；\n\n（二）定期报告工作。",
        "某某市社区议事条例",
        "总则",
    )
    assert ("社区议事委员会", "居民会议") not in edges(graph, "REPORTS_TO")
