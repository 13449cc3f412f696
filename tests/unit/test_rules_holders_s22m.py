"""Holder and duty rules of session 22 (round m, r35): bare 批评教育 imposed by a named body after a
condition; a term counted from the text's own effective date (应当自本条例施行之日起…) is no effective-date
article; a deadline counted from an event (自…之日起…内，) qualifies the act after it; a subjectless part
ending on a penalty that points at other rules (…的，依照…规定处罚) carries no earlier subject.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某市公园绿地养护管理办法"
_PURPOSE = "第一条 为了加强公园绿地养护管理，制定本办法。\n"


def test_bare_criticism_by_a_named_body_is_its_sanction() -> None:
    body = _PURPOSE + "第二条 街道办事处不履行养护职责的，由区人民政府批评教育；情节严重的，依法给予处分。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "批评教育") == {"区人民政府"}
    assert ("区人民政府", "街道办事处") in edges(graph, "SUPERVISES")


def test_term_counted_from_the_effective_date_is_a_duty() -> None:
    body = _PURPOSE + "第二条 区园林绿化部门应当自本办法施行之日起六个月内编制公园绿地养护名录。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "养护名录") == {"区园林绿化部门"}


def test_effective_date_article_stays_no_duty() -> None:
    body = _PURPOSE + "第二条 区园林绿化部门负责养护工作。\n第三条 本办法自公布之日起施行。\n"
    graph = document(body, _TITLE)
    assert not any("公布之日" in text for text in duty_texts(graph))


def test_deadline_from_an_event_joins_the_act_after_it() -> None:
    body = _PURPOSE + "第二条 养护单位应当自接到整改通知之日起十日内，向区园林绿化部门报送整改方案。\n"
    graph = document(body, _TITLE)
    assert "养护单位应当自接到整改通知之日起十日内，向区园林绿化部门报送整改方案" in duty_texts(graph)


def test_part_ending_on_a_referred_penalty_carries_no_subject() -> None:
    body = (
        _PURPOSE + "第二条 养护单位应当按季度报送养护台账；逾期不报送台账，或者报送虚假台账，继续承接养护业务的，"
        "依照本办法第九条的规定处罚。\n"
    )
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["养护单位应当按季度报送养护台账"]


def test_actor_with_its_activity_before_the_modal_piece() -> None:
    body = _PURPOSE + "第二条 养护企业进行高空修剪作业，应当设置警示标志。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "警示标志") == {"养护企业"}


def test_object_in_an_activity_frame_is_no_actor() -> None:
    body = _PURPOSE + "第二条 支持绿化企业开展技术改造，应当符合公园绿地规划。\n"
    graph = document(body, _TITLE)
    assert "绿化企业" not in {o.name for o in graph.organs}
