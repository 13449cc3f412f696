"""Round 104 (duty segmentation): comma pieces that close the act before them and are one span with it
in the dev annotations — a bare submission to an organ (，报Y / ，报Y确定), the fine of the same penalty
(，并处…罚款), the act a condition allows (，方可…), the result of the act
(，形成…), a consultation step (，征求…意见后) and the approval steps with a filing after them
(，经Y审定后实施，并报Z备案). A second addressee (，并报Y), a report (，报告Y), a submission
to a body acting on it (，报Y责令…), one after a handover for review and a bare consultation stay apart. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某某市湖泊保护条例"


def _one_span_with(graph_texts: list[str], first: str, second: str) -> bool:
    return any(first in text and second in text for text in graph_texts)


def test_a_bare_submission_to_an_organ_closes_the_act_before_it() -> None:
    texts = duty_texts(document("第五条 市水务部门应当每半年汇总湖泊巡查情况，报市人民政府。", _TITLE))
    assert _one_span_with(texts, "汇总湖泊巡查情况", "报市人民政府")


def test_a_submission_for_a_decision_closes_the_act_before_it() -> None:
    texts = duty_texts(document("第五条 湖泊名录由市水务部门提出，报市人民政府确定后公布。", _TITLE))
    assert _one_span_with(texts, "市水务部门提出", "报市人民政府确定")


def test_a_report_and_a_second_addressee_stay_apart() -> None:
    texts = duty_texts(
        document(
            "第五条 市水务部门发现湖泊污染的，应当及时制止，报告市人民政府。"
            "第六条 区水务部门应当于每年二月底前将湖泊保护情况报区人民政府，并报市水务部门。",
            _TITLE,
        )
    )
    assert not _one_span_with(texts, "及时制止", "报告市人民政府")
    assert not _one_span_with(texts, "报区人民政府", "并报市水务部门")


def test_the_fine_of_the_same_penalty_is_one_span() -> None:
    texts = duty_texts(
        document(
            "第二十条 违反本条例第八条规定的，由市水务部门责令限期拆除，并处一千元以上一万元以下罚款。",
            _TITLE,
            "法律责任",
        )
    )
    assert _one_span_with(texts, "责令限期拆除", "并处一千元")


def test_the_act_a_condition_allows_is_one_span() -> None:
    texts = duty_texts(document("第七条 湖泊巡查人员应当经过专门培训，方可上岗巡查。", _TITLE))
    assert _one_span_with(texts, "经过专门培训", "方可上岗巡查")


def test_the_result_of_the_act_is_one_span() -> None:
    texts = duty_texts(document("第八条 市水务部门应当汇总各区湖泊水质监测数据，形成年度水质报告。", _TITLE))
    assert _one_span_with(texts, "汇总各区湖泊", "形成年度水质报告")


def test_a_result_sent_on_stays_apart() -> None:
    graph = document("第八条 市水务部门应当汇总各区湖泊水质监测数据，形成年度水质报告报市人民政府。", _TITLE)
    texts = duty_texts(graph)
    assert not _one_span_with(texts, "汇总各区湖泊", "形成年度水质报告")


def test_a_consultation_step_is_one_span_with_the_plan() -> None:
    graph = document("第九条 湖泊保护规划由市水务部门组织编制，征求沿湖区人民政府意见后，报市人民政府批准。", _TITLE)
    texts = duty_texts(graph)
    assert _one_span_with(texts, "组织编制", "征求沿湖区人民政府意见")


def test_approval_steps_with_a_filing_close_the_plan() -> None:
    texts = duty_texts(
        document("第十条 湖泊管护方案由区水务部门编制，经区人民政府审定后实施，并报市水务部门备案。", _TITLE)
    )
    assert _one_span_with(texts, "区水务部门编制", "并报市水务部门备案")


def test_a_submission_after_a_handover_for_review_is_the_reviewers_own() -> None:
    graph = document("第十一条 湖泊管护队将巡查记录提交区水务部门审核，报市水务部门备案。", _TITLE)
    assert not _one_span_with(duty_texts(graph), "提交区水务部门审核", "报市水务部门备案")


def test_a_submission_to_a_body_that_acts_on_it_stays_apart() -> None:
    graph = document("第十二条 区水务部门提出处理意见，报市水务部门责令责任单位限期整改。", _TITLE)
    assert not _one_span_with(duty_texts(graph), "提出处理意见", "报市水务部门责令")


def test_a_bare_consultation_stays_apart() -> None:
    graph = document("第十三条 区水务部门应当组织现场勘查，征求沿湖街道办事处意见。", _TITLE)
    assert not _one_span_with(duty_texts(graph), "组织现场勘查", "征求沿湖街道办事处意见")
