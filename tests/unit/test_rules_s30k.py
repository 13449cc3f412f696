"""REPORTS_TO recall of round 98 (second round): a subjectless result of rectification sent on
(整改情况应当报Y / 整改结果报Y备案) after its holders ordered a body to rectify in the same sentence
(约谈X主要负责人，责令限期整改 / 向X下发督办通知) is the ordered body's report, not the orderer's; after
督促X整改 the overseer still reports itself. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty


def test_the_interviewed_body_sends_its_rectification_to_the_interviewer() -> None:
    body = "第八条 市人民政府对渠道管护不力的，可以约谈区人民政府主要负责人，责令限期整改；整改情况应当报市人民政府。"
    graph = document(body, "某市灌区渠道管护责任制规定")
    assert holders_of_duty(graph, "整改情况应当报") == {"区人民政府"}
    assert ("区人民政府", "市人民政府") in edges(graph, "REPORTS_TO")


def test_the_body_sent_a_supervision_notice_sends_its_result() -> None:
    body = (
        "第九条 市渠长制办公室对巡查发现的问题，向区渠长制办公室下发督办通知，责令限期整改，"
        "整改结果报市渠长制办公室备案。"
    )
    graph = document(body, "某市灌区渠长制规定")
    assert holders_of_duty(graph, "整改结果报") == {"区渠长制办公室"}
    assert ("区渠长制办公室", "市渠长制办公室") in edges(graph, "REPORTS_TO")


def test_an_overseer_urging_rectification_reports_itself() -> None:
    body = "第十条 市水务局应当督促区水务局整改灌区渠道问题，整改情况报市人民政府。"
    graph = document(body, "某市灌区渠道管护规定")
    assert holders_of_duty(graph, "整改情况报") == {"市水务局"}
    assert ("区水务局", "市人民政府") not in edges(graph, "REPORTS_TO")


def test_the_orderer_sending_the_result_on_in_its_own_next_act_keeps_it() -> None:
    body = "第十一条 市渠长制办公室向区渠长制办公室下发督办单，责令限期整改，并将整改情况向市总渠长报告。"
    graph = document(body, "某市灌区渠长制规定")
    assert holders_of_duty(graph, "并将整改情况") == {"市渠长制办公室"}
