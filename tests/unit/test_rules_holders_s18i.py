"""Clause rules (s19i), each on a sentence written for this file (not from the seeds, the dev documents or
the corpus): a role statement (X为…第一责任人) is a duty of its own, not a 为 purpose piece that joins
the piece after it; a 在… piece that still holds an act, followed by a 并 piece, is one of two duties,
while a 并由Y… piece and a 并 time piece (并在/并自…内，…) keep joining; a headline that only states a
responsibility (X对…负主体责任) is a duty of its own before an 应当 piece, not before a list lead."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某县农田水利设施管护责任办法") -> DocumentGraph:
    return document(body, title)


def test_role_statement_is_a_duty_of_its_own() -> None:
    graph = _doc(
        "第一条 县人民政府主要负责人为本县农田水利设施管护工作第一责任人，对管护工作负总责，"
        "每年至少听取一次管护情况汇报。\n"
    )
    texts = duty_texts(graph)
    assert any(t.endswith("第一责任人") for t in texts), texts
    assert "对管护工作负总责" in texts, texts
    assert holders_of_duty(graph, "对管护工作负总责") == {"县人民政府主要负责人"}


def test_purpose_piece_still_joins() -> None:
    graph = _doc("第一条 为保障灌溉用水，县水利局应当每年汛前检修泵站。\n")
    texts = duty_texts(graph)
    assert not any(t == "为保障灌溉用水" for t in texts), texts


def test_time_piece_with_an_act_before_bing_is_its_own_duty() -> None:
    graph = _doc("第一条 乡镇人民政府应当在每年三月底前报送管护计划，并定期公开管护经费使用情况。\n")
    texts = duty_texts(graph)
    assert any(t.endswith("报送管护计划") for t in texts), texts
    assert "并定期公开管护经费使用情况" in texts, texts
    assert holders_of_duty(graph, "并定期公开管护经费使用情况") == {"乡镇人民政府"}


def test_bing_you_piece_keeps_joining() -> None:
    graph = _doc("第一条 县水利局应当在十日内作出核定决定，并由乡镇人民政府送达管护人。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("并由") for t in texts), texts


def test_bing_time_piece_keeps_qualifying() -> None:
    graph = _doc("第一条 村民委员会应当在汛期加强巡查，并在险情发生后两小时内，向乡镇人民政府报告。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("并在") for t in texts), texts  # no bare time piece of its own


def test_bing_time_limit_keeps_qualifying() -> None:
    graph = _doc("第一条 县水利局应当在灌区内选定管护人，并自选定之日起五日内，在村内公示管护人名单。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("并自") for t in texts), texts  # no bare time limit of its own


def test_responsibility_headline_is_its_own_duty() -> None:
    graph = _doc("第一条 乡镇人民政府对本辖区农田水利设施管护负主体责任，应当将管护经费列入年度预算。\n")
    texts = duty_texts(graph)
    assert any(t.endswith("负主体责任") for t in texts), texts
    assert holders_of_duty(graph, "应当将管护经费列入年度预算") == {"乡镇人民政府"}


def test_responsibility_before_a_list_lead_stays_whole() -> None:
    graph = _doc(
        "第一条 村民委员会对本村小型水利设施承担管护责任，应当履行下列职责：\n"
        "（一）定期巡查渠道；\n（二）及时清理淤积。\n"
    )
    texts = duty_texts(graph)
    assert not any(t.endswith("承担管护责任") for t in texts), texts
    assert any(t.startswith("村民委员会") and t.endswith("下列职责：") for t in texts), texts
