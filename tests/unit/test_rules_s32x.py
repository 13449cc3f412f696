"""Round 104 (reports as the subject or inside a relative clause): a report deliberated by its own body's
collective or meeting (督察报告经X集体审议后，报送Y / 自查报告经X常务会议审议，由主要负责人签字后报送Y) is sent
by X, and what the holder reviews or takes in, printed as X报送/上报的…, was sent by X to the holder. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某工作督察办法"


def test_a_report_deliberated_by_its_own_collective_is_sent_by_that_body() -> None:
    graph = document(
        "第五条 省节水办公室负责督察工作。督察报告经督察组集体审议后，报送省节水办公室审核。",
        _TITLE,
    )
    assert ("督察组", "省节水办公室") in edges(graph, "REPORTS_TO")
    assert ("省节水办公室", "督察组") not in edges(graph, "REPORTS_TO")


def test_a_plain_review_by_another_body_keeps_the_holder_reporting() -> None:
    graph = document("第五条 省节水办公室负责督察工作。督察报告经督察组审定后，报送省人民政府。", _TITLE)
    assert ("省节水办公室", "省人民政府") in edges(graph, "REPORTS_TO")
    assert ("督察组", "省人民政府") not in edges(graph, "REPORTS_TO")


def test_the_head_signing_after_a_standing_meeting_shares_the_duty_but_the_body_reports() -> None:
    graph = document(
        "第六条 市人民政府应当于每年3月底前完成节水自查，自查报告经市人民政府常务会议审议，"
        "由主要负责人签字后报送省人民政府。",
        _TITLE,
    )
    assert ("市人民政府", "省人民政府") in edges(graph, "REPORTS_TO")
    assert not any(source.endswith("主要负责人") for source, _ in edges(graph, "REPORTS_TO"))
    assert "市人民政府" in holders_of_duty(graph, "签字后报送")


def test_a_reviewed_submission_in_a_relative_clause_reports_to_the_reviewer() -> None:
    graph = document("第七条 省节水办公室负责审核督察组报送的督察报告。", _TITLE)
    assert ("督察组", "省节水办公室") in edges(graph, "REPORTS_TO")


def test_a_fronted_submission_taken_in_reports_to_the_holder() -> None:
    graph = document("第七条 县节水办公室对乡镇人民政府上报的问题进行受理和督办。", _TITLE)
    assert ("乡镇人民政府", "县节水办公室") in edges(graph, "REPORTS_TO")


def test_a_fronted_submission_only_summed_up_gives_no_edge() -> None:
    graph = document("第七条 县节水办公室对乡镇人民政府上报的问题汇总分析后，报告县人民政府。", _TITLE)
    assert ("乡镇人民政府", "县节水办公室") not in edges(graph, "REPORTS_TO")
