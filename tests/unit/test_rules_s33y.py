"""Round 107 (central 督导 rules): 商请X… asks body X to act, the whole verb stands before the body's
name (as 提请, 请求), so no body named 请X. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某工作督导办法"


def test_a_body_asked_by_shangqing_keeps_its_own_name() -> None:
    graph = document(
        "第三条 督导涉及国有林场的，督导组可以商请林业主管部门派员参加。林业主管部门应当配合督导组工作。",
        _TITLE,
    )
    assert "林业主管部门" in names(graph)
    assert not any(name.startswith("请") for name in names(graph))
    assert ("林业主管部门", "督导组") in edges(graph, "ASSISTS")


def test_shangwu_and_shangye_bodies_stay_whole() -> None:
    graph = document("第三条 县级人民政府商务主管部门应当配合督导组开展工作。", _TITLE)
    assert "县级人民政府商务主管部门" in names(graph)


def test_a_definition_closing_on_an_activity_keeps_its_oversight_and_guidance() -> None:
    graph = document(
        "第二条 本办法所称体育督导评估，是指体育督导机构依法对县级以上地方人民政府及其有关部门履行体育工作职责的"
        "情况，进行监督、检查、评估和指导的活动。"
        "第三条 县级以上地方人民政府应当制定全民健身计划。",
        _TITLE,
    )
    for rel_type in ("SUPERVISES", "GUIDES"):
        assert ("体育督导机构", "县级以上地方人民政府") in edges(graph, rel_type)


def test_a_definition_with_a_second_object_before_its_acts_keeps_the_first() -> None:
    graph = document(
        "第二条 本办法所称体育督导评估，是指体育督导机构依照本办法对县级以上地方人民政府履行体育工作职责的情况，"
        "以及体育运动学校的办学行为，进行监督、检查和指导的活动。"
        "第三条 县级以上地方人民政府应当制定全民健身计划。",
        _TITLE,
    )
    assert ("体育督导机构", "县级以上地方人民政府") in edges(graph, "SUPERVISES")


def test_a_definition_closing_on_an_activity_of_service_gives_no_edge() -> None:
    graph = document(
        "第二条 本办法所称体育服务，是指体育服务中心依法对县级以上地方人民政府提供咨询、培训和宣传的活动。"
        "第三条 县级以上地方人民政府应当制定全民健身计划。",
        _TITLE,
    )
    assert not edges(graph, "SUPERVISES")


def test_respective_agents_pair_with_their_objects_in_order() -> None:
    graph = document(
        "第五条 对省级人民政府的督导，由国家体育督导委员会组织实施；对设区的市级人民政府和县级人民政府的督导，"
        "分别由省级、设区的市级人民政府体育督导机构组织实施。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("省级人民政府体育督导机构", "设区的市级人民政府") in found
    assert ("设区的市级人民政府体育督导机构", "县级人民政府") in found
    assert ("省级人民政府体育督导机构", "县级人民政府") not in found
    assert ("国家体育督导委员会", "县级人民政府") not in found


def test_a_single_respective_agent_acts_on_every_object() -> None:
    graph = document("第五条 对乡级人民政府和街道办事处的考核，均由县级人民政府体育督导机构组织实施。", _TITLE)
    found = edges(graph, "SUPERVISES")
    # the township's one body printed only joined to the street office is named by the joint (s42n)
    assert ("县级人民政府体育督导机构", "乡级人民政府和街道办事处") in found


def test_the_report_of_an_oversight_is_no_act_on_its_object() -> None:
    graph = document("第九条 对省级人民政府的督导报告，由国家体育督导委员会办公室报国家体育督导委员会审定。", _TITLE)
    assert not edges(graph, "SUPERVISES")
    assert ("国家体育督导委员会办公室", "国家体育督导委员会") in edges(graph, "REPORTS_TO")


def test_an_oversight_with_its_result_still_acts_on_its_object() -> None:
    graph = document("第九条 国家体育督导委员会对省级人民政府进行督导，并公开督导结果。", _TITLE)
    assert ("国家体育督导委员会", "省级人民政府") in edges(graph, "SUPERVISES")


def test_a_result_of_the_subjects_own_evaluation_draws_no_edge_under_the_gate() -> None:
    graph = document(
        "第九条 街道办事处对区人民政府工作部门的评价结果，占被考核部门考核权重的比例不低于百分之二十。", _TITLE
    )
    # session 38 gate: 评价 is no README trigger
    assert ("街道办事处", "区人民政府工作部门") not in edges(graph, "SUPERVISES")
