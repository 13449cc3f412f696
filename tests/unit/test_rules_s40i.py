"""Round 127 (roles): a committee member's liberties and status in office are rules on the post, no duty
(可以兼任, 可以…提出辞职, 可以列席, 可以享受…补贴, 职务终止, 依照…选举产生, who must sit among the members, the end of a
term, deemed withdrawal, the audit the members undergo), and 由X委员会的成员分工负责… is the members' clause. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某社区居民委员会工作办法"


def _no_duty_with(graph: object, word: str) -> bool:
    return not any(word in text for text in duty_texts(graph))  # type: ignore[arg-type]


def test_a_member_may_hold_another_post_is_no_duty() -> None:
    graph = document(
        "第八条 居民委员会应当组织居民开展互助活动。居民委员会成员可以兼任居民小组的组长。",
        _TITLE,
    )
    assert _no_duty_with(graph, "兼任")
    assert holders_of_duty(graph, "开展互助活动") == {"居民委员会"}


def test_resignation_attendance_and_allowance_of_members_are_no_duty() -> None:
    graph = document(
        "第九条 居民委员会成员可以书面向居民会议提出辞职。居民委员会成员可以列席街道办事处召开的有关会议。"
        "居民委员会成员可以享受一定的工作补贴。",
        _TITLE,
    )
    for word in ("辞职", "列席", "补贴"):
        assert _no_duty_with(graph, word)


def test_the_end_of_office_is_a_norm() -> None:
    graph = document(
        "第十条 居民委员会成员被依法追究刑事责任的，其职务自行终止。"
        "增补的居民委员会成员的任期到本届居民委员会任期届满时止。",
        _TITLE,
    )
    assert _no_duty_with(graph, "终止")
    assert _no_duty_with(graph, "届满时止")


def test_an_election_under_a_named_rule_and_the_make_up_of_members_are_no_duty() -> None:
    graph = document(
        "第十一条 居民委员会成员依照《某某省居民委员会选举规定》直接选举产生。居民委员会成员中，应当有妇女成员。",
        _TITLE,
    )
    assert _no_duty_with(graph, "选举产生")
    assert _no_duty_with(graph, "妇女成员")


def test_the_audit_members_undergo_is_no_duty_but_accepting_it_is() -> None:
    graph = document(
        "第十二条 居民委员会成员实行离任经济责任审计。"
        "第十三条 居民委员会成员应当接受街道办事处组织的离任经济责任审计。",
        _TITLE,
    )
    assert not any(text.endswith("实行离任经济责任审计") for text in duty_texts(graph))
    assert holders_of_duty(graph, "应当接受") == {"居民委员会成员"}


def test_the_members_after_de_bear_the_clause() -> None:
    graph = document(
        "第十四条 居民委员会成员应当遵守宪法和法律。"
        "居民人数较少的，可以不设下属的委员会，由居民委员会的成员分工承担调解和治安工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "分工承担") == {"居民委员会成员"}
