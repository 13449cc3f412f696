"""Round 104 (reports back to the overseer): a body named by its act (报告检查部门 / 反馈移送的督察机构 /
向通报或者移送的部门反馈) is the organ that did the act earlier in the article. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湿地保护条例"


def test_a_referring_body_named_by_its_act_receives_the_feedback() -> None:
    graph = document(
        "第二十条 市林业主管部门发现违法线索的，应当移送市公安机关。"
        # session 38 gate: 反馈 is no README trigger; the referring body is read on a printed 报告
        "市公安机关应当依法处理，并将处理结果书面报告移送的部门。",
        _TITLE,
    )
    assert ("市公安机关", "市林业主管部门") in edges(graph, "REPORTS_TO")


def test_a_kind_word_before_the_head_and_a_joined_act_are_read() -> None:
    graph = document(
        "第二十一条 市湿地保护委员会办公室应当通报或者移送市审计局。"
        # session 38 gate: 反馈 is no README trigger; the kind word and joined act are read on a printed 报告
        "市审计局应当及时处理，并向通报或者移送的督查机构报告处理情况。",
        _TITLE,
    )
    assert ("市审计局", "市湿地保护委员会办公室") in edges(graph, "REPORTS_TO")


def test_the_inspecting_body_receives_the_rectification_report() -> None:
    graph = document(
        "第二十二条 市林业主管部门会同市水务部门开展湿地专项检查。"
        "区人民政府应当在规定期限内将整改情况书面报告检查部门。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区人民政府", "市林业主管部门") in reports
    assert ("区人民政府", "市水务部门") in reports


def test_an_act_word_not_before_the_body_names_no_target() -> None:
    graph = document(
        "第二十三条 市林业主管部门应当开展湿地检查。区人民政府应当将检查结果报告市人民政府。",
        _TITLE,
    )
    assert ("区人民政府", "市林业主管部门") not in edges(graph, "REPORTS_TO")


def test_a_unit_ordered_to_rectify_sends_the_result_not_the_orderer() -> None:
    graph = document(
        "第二十四条 市林业主管部门对湿地保护情况开展检查，发现问题的，责令有关单位限期整改，"
        "整改情况报送市湿地保护委员会办公室。",
        _TITLE,
    )
    assert ("市林业主管部门", "市湿地保护委员会办公室") not in edges(graph, "REPORTS_TO")


def test_the_order_of_the_sentence_before_counts_too() -> None:
    graph = document(
        "第二十五条 市林业主管部门应当责令责任单位限期整改。整改情况应当在规定期限内报送市湿地保护委员会办公室。",
        _TITLE,
    )
    assert ("市林业主管部门", "市湿地保护委员会办公室") not in edges(graph, "REPORTS_TO")


def test_an_ordered_organ_still_reports_its_rectification() -> None:
    graph = document(
        "第二十六条 市人民政府可以约谈区人民政府主要负责人，责令限期整改；整改情况应当报市人民政府。",
        _TITLE,
    )
    assert ("区人民政府", "市人民政府") in edges(graph, "REPORTS_TO")
