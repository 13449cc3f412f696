"""Round 120 (working sets named by a task, and reports of a team): a report named by the work that produced it
opens a piece and is sent on (调查评估报告报Y批准, 事故调查报告报送Y) by the team the document names after that work
(调查评估组, 事故调查组), not by the body carried from before; 组织 names a working set (组织事故调查组的机关,
组织调查评估的人民政府) where the phrase opens, while 并组织…/应当组织… stay verbs. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某某事故调查处理办法"


def test_a_team_report_is_sent_by_the_team_named_after_its_work() -> None:
    graph = document(
        "第五条 发生较大森林火灾的，由县人民政府组织调查评估；调查评估报告报县人民政府批准。"
        "第六条 调查评估组应当如实记录火场情况。",
        _TITLE,
    )
    assert holders_of_duty(graph, "调查评估报告报") == {"调查评估组"}
    assert ("调查评估组", "县人民政府") in edges(graph, "REPORTS_TO")


def test_a_team_report_falls_back_to_the_shorter_team_name() -> None:
    graph = document(
        "第五条 调查组由县应急管理局牵头组成。第六条 县应急管理局应当及时处置火情。事故调查报告报送县人民政府审定。",
        _TITLE,
    )
    assert holders_of_duty(graph, "事故调查报告报送") == {"调查组"}


def test_a_report_with_no_team_of_its_work_keeps_the_usual_reading() -> None:
    graph = document("第五条 县应急管理局应当开展巡查，巡查报告报县人民政府备案。", _TITLE)
    assert holders_of_duty(graph, "巡查报告报") == {"县应急管理局"}


def test_a_team_report_in_a_time_piece_holds_no_duty() -> None:
    graph = document(
        "第五条 事故调查组应当如实调查。第六条 事故调查报告报送县人民政府后，调查工作即告结束。",
        _TITLE,
    )
    assert not any("事故调查报告报送" in text for text in duty_texts(graph))


def test_the_body_that_organises_an_inquiry_is_a_working_set() -> None:
    graph = document(
        "第五条 事故调查组应当向组织事故调查组的机关提交调查报告。"
        "第六条 组织事故调查组的机关应当自收到报告之日起十日内作出处理决定。",
        _TITLE,
    )
    assert "组织事故调查组的机关" in names(graph)
    assert holders_of_duty(graph, "作出处理决定") == {"组织事故调查组的机关"}
    assert ("事故调查组", "组织事故调查组的机关") in edges(graph, "REPORTS_TO")


def test_zuzhi_after_a_modal_or_and_stays_a_verb() -> None:
    graph = document(
        "第五条 县人民政府应当组织有检查任务的部门和单位开展巡查，并组织执行检查任务的人员进行培训。",
        _TITLE,
    )
    assert not any(name.startswith("组织") for name in names(graph))


def test_a_report_sent_on_by_a_printed_body_keeps_its_sender() -> None:
    graph = document(
        "第五条 督导组由县教育局组建。第六条 县教育局应当开展督导，并将督导报告报县人民政府备案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "并将督导报告报") == {"县教育局"}
