"""Round 127 (PART_OF on the wrong article): most PART_OF edges drawn at another article than the
annotations' stand at the source's first duty on both sides, the loader's first duty being a clause the
annotations give no duty. One such class is the make-up rules of a body's members: who must be among them,
their election under the election law, and the posts a member may hold besides. None is a duty, so the
members' PART_OF stays at their first real duty. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某居民委员会工作条例"


def _part_of_articles(graph: DocumentGraph, source: str) -> set[int]:
    return {r.article for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/" + source)}


def test_who_must_be_among_the_members_is_no_duty() -> None:
    graph = document(
        "第五条 居民委员会由主任、副主任和委员共五至七人组成。居民委员会成员中，应当有青年成员。"
        "第六条 居民委员会成员应当定期走访住户，听取意见。",
        _TITLE,
    )
    assert not any("青年成员" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "定期走访住户") == {"居民委员会成员"}
    assert _part_of_articles(graph, "居民委员会成员") == {6}


def test_among_them_after_the_headcount_is_no_duty() -> None:
    graph = document(
        "第五条 居民委员会由主任和委员共五人组成，其中应当有熟悉法律知识的人员。居民委员会应当公开办事程序。",
        _TITLE,
    )
    assert not any("法律知识" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "公开办事程序") == {"居民委员会"}


def test_an_election_under_the_election_law_is_no_duty() -> None:
    graph = document(
        "第五条 居民委员会应当协助政府工作。居民委员会成员按照《某某省居民委员会选举规定》直接选举产生。"
        "第六条 居民委员会成员应当遵守法律，办事公道。",
        _TITLE,
    )
    assert not any("选举产生" in text for text in duty_texts(graph))
    assert _part_of_articles(graph, "居民委员会成员") == {6}


def test_an_election_by_a_named_meeting_stays_its_duty() -> None:
    graph = document("第五条 居民小组组长由居民小组会议按照选举规定推选产生。", _TITLE)
    assert any("推选产生" in text for text in duty_texts(graph))


def test_a_post_a_member_may_hold_besides_is_no_duty() -> None:
    graph = document(
        "第五条 居民委员会根据需要设调解委员会。居民委员会成员可以兼任调解委员会的委员。"
        "第六条 居民委员会成员应当热心为住户服务。",
        _TITLE,
    )
    assert not any("兼任" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "设调解委员会") == {"居民委员会"}
    assert _part_of_articles(graph, "居民委员会成员") == {6}


def test_a_government_that_must_plan_keeps_its_duty() -> None:
    graph = document("第五条 县人民政府应当有计划地对居民委员会成员进行培训。", _TITLE)
    assert holders_of_duty(graph, "有计划地") == {"县人民政府"}


def test_a_bodys_members_printed_with_de_are_its_member_role() -> None:
    graph = document(
        "第五条 居民委员会应当公开办事程序。"
        "住户较少的居民委员会可以不设调解委员会，由居民委员会的成员分工负责调解工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "分工负责调解工作") == {"居民委员会成员"}


def test_a_member_set_printed_with_de_stays_a_set() -> None:
    graph = document("第五条 县防汛指挥机构的成员单位应当按照职责做好防汛工作。", "某某县防汛条例")
    assert "成员单位" in "".join(holders_of_duty(graph, "做好防汛工作"))
