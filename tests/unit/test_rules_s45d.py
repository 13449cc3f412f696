"""Round 140 (REPORTS_TO ends): a subjectless report piece whose carried holders are its own receiver is the
act of the sentence's holder before them; two listed functions joined by 和 before one head (水务和环保部门)
are two departments, 环保 being the short name of 环境保护. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市社区议事会工作规定"


def test_a_report_to_the_carried_holder_is_the_earlier_holders_act() -> None:
    graph = document(
        "第九条 社区议事会换届工作由镇人民政府组织实施，市民政部门负责业务指导，换届方案应当报市民政部门备案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "换届方案应当报市民政部门备案") == {"镇人民政府"}
    assert ("镇人民政府", "市民政部门") in edges(graph, "REPORTS_TO")


def test_a_report_to_another_body_keeps_the_carried_holder() -> None:
    graph = document(
        "第九条 社区议事会换届工作由镇人民政府组织实施，市民政部门负责业务指导，并将情况报市人民政府备案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "并将情况报市人民政府备案") == {"市民政部门"}


def test_a_report_to_the_holder_in_a_sentence_of_its_own_keeps_it() -> None:
    # no earlier duty of the same sentence: the carried holder stays (nothing to fall back on)
    graph = document("第九条 市民政部门负责业务指导。换届方案应当报市民政部门备案。", _TITLE)
    assert holders_of_duty(graph, "换届方案应当报市民政部门备案") == {"市民政部门"}


def test_two_functions_joined_by_he_are_two_receivers() -> None:
    graph = document("第十条 供水企业发现水质异常的，应当立即向卫生和环保部门报告。", _TITLE)
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "供水企业"}
    assert targets == {"卫生部门", "环保部门"}


def test_a_receiver_that_oversees_nothing_gives_no_fallback() -> None:
    # the receiver's clause before names no oversight: the earlier holder is not taken for the report
    graph = document(
        "第九条 社区议事会换届工作由镇人民政府组织实施，市民政部门负责印发换届指南，换届方案应当报市民政部门备案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "换届方案应当报市民政部门备案") != {"镇人民政府"}


def test_guiding_or_leading_a_body_guides_it() -> None:
    graph = document("第十一条 市林业部门应当指导或领导区林业部门做好林地保护工作。", _TITLE)
    assert ("市林业部门", "区林业部门") in edges(graph, "GUIDES")


def test_a_record_reported_to_a_long_list_of_receivers_is_the_carried_holders() -> None:
    graph = document(
        "第十二条 物业服务企业应当定期排查消防隐患。"
        "排查整改情况应当及时向负有消防安全监督管理职责的部门和业主大会或者业主委员会报告。",
        _TITLE,
    )
    assert holders_of_duty(graph, "排查整改情况应当及时向") == {"物业服务企业"}
