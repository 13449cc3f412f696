"""Holder and clause rules (s17c), read from corpus text no annotator has seen: a section title printed
on a line of its own without 第X章 is no duty; a sentence that only names the members of a term (X和Y，
统称Z) is a definition; a time piece (…消除后，) or an exception piece (除…之外，) joins the clause it
qualifies; after a condition or exception piece the organs right before the modal (or after 由) hold
the duty, not the condition's subject. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某市饮用水水源保护条例") -> DocumentGraph:
    return document(body, title)


def test_bare_section_title_is_no_duty() -> None:
    graph = _doc(
        "第一条 水行政主管部门应当定期巡查水源保护区。\n\n监督检查\n\n"
        "第二条 环境保护部门应当每月公布水源水质。\n\n法律责任\n\n"
        "第三条 违反本条例规定的，由环境保护部门责令改正。\n"
    )
    texts = duty_texts(graph)
    assert not any(t in ("监督检查", "法律责任") for t in texts)
    assert any("定期巡查" in t for t in texts) and any("公布水源水质" in t for t in texts)


def test_collective_name_sentence_is_a_definition() -> None:
    graph = _doc(
        "第一条 水行政主管部门和对供水工程实施监督管理的部门，统称水源监管部门。水源监管部门应当建立巡查制度。\n"
    )
    texts = duty_texts(graph)
    assert not any("统称" in t or t.startswith("水行政主管部门和") for t in texts)
    assert holders_of_duty(graph, "巡查制度") == {"水源监管部门"}


def test_time_piece_joins_the_clause_it_dates() -> None:
    graph = _doc("第一条 供水单位应当排查取水口污染隐患。污染隐患消除后，供水单位应当恢复取水。\n")
    texts = duty_texts(graph)
    assert "污染隐患消除后" not in texts
    assert any(t.startswith("污染隐患消除后") and "恢复取水" in t for t in texts)


def test_aftercare_word_is_no_time_piece() -> None:
    graph = _doc("第一条 供水单位应当做好停水善后，并及时通知用户。\n")
    assert any("通知用户" in t for t in duty_texts(graph))


def test_exception_piece_joins_and_the_named_body_holds() -> None:
    graph = _doc("第一条 供水单位造成水源污染的，除依法承担赔偿责任之外，环境保护部门应当责令其停止取水。\n")
    texts = duty_texts(graph)
    assert not any(t.endswith("赔偿责任之外") for t in texts)
    assert holders_of_duty(graph, "停止取水") == {"环境保护部门"}


def test_exception_piece_with_its_own_agent_stays_apart() -> None:
    graph = _doc("第一条 除一级保护区由水行政主管部门负责巡护外，其余区域由乡镇人民政府负责巡护。\n")
    assert holders_of_duty(graph, "一级保护区") == {"水行政主管部门"}


def test_body_after_a_condition_holds_the_duty() -> None:
    graph = _doc(
        "第一条 供水单位负责人因水质事故被处分的，环境保护部门应当责令其参加培训。"
        "供水单位发生水质事故的，由卫生健康部门组织水质检测。"
        "供水单位有下列情形之一的，环境保护部门可以约谈其负责人：\n\n（一）未按期检测水质；\n\n（二）未公布水质。\n"
    )
    assert holders_of_duty(graph, "参加培训") == {"环境保护部门"}
    assert holders_of_duty(graph, "水质检测") == {"卫生健康部门"}
    assert holders_of_duty(graph, "约谈") == {"环境保护部门"}
