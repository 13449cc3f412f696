"""Round 114 (the residents' committee genre: the implementing measures of the national organic law): the
assembly's 撤换 of the committee's members as an oversight of them, the 选举领导小组 as a body of its own,
and the group a committee sets up presiding over its election (成立X，主持…). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某市社区居民委员会工作办法"


def test_the_assembly_replacing_the_members_supervises_them() -> None:
    graph = document(
        "第五条 社区居民委员会成员应当办事公道，热心服务群众。"
        "第六条 社区居民会议行使下列职权：（一）撤换和补选社区居民委员会成员；（二）讨论决定本社区的重大事项。",
        _TITLE,
    )
    assert ("社区居民会议", "社区居民委员会成员") in edges(graph, "SUPERVISES")


def test_replacing_alone_supervises_the_members() -> None:
    graph = document(
        "第五条 社区居民委员会成员应当办事公道。第六条 社区居民会议可以依法撤换社区居民委员会成员。",
        _TITLE,
    )
    assert ("社区居民会议", "社区居民委员会成员") in edges(graph, "SUPERVISES")


def test_the_election_group_is_a_body_of_its_own() -> None:
    graph = document("第七条 社区居民委员会的换届工作，由选举领导小组组织实施。", _TITLE)
    assert "选举领导小组" in names(graph)


def test_the_group_set_up_presides_over_the_election() -> None:
    graph = document("第八条 社区居民委员会应当成立选举领导小组，主持本社区的换届选举工作。", _TITLE)
    assert ("选举领导小组", "社区居民委员会") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "主持本社区的换届选举工作") == {"选举领导小组"}


def test_the_groups_divided_off_sit_in_the_committee_where_they_are_set_up() -> None:
    graph = document(
        "第四条 居民会议由每个居民小组推选的代表参加。"
        "第五条 社区居民委员会可以分设若干居民小组，小组长由居民小组推选。",
        _TITLE,
    )
    part_of = [r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/居民小组")]
    assert [(r.target.split("/", 1)[1], r.article) for r in part_of] == [("社区居民委员会", 5)]


def test_one_group_set_up_is_named_without_its_count() -> None:
    graph = document(
        "第六条 社区居民委员会一般每二十户至四十户设立一个居民小组，小组长由居民小组推选。",
        _TITLE,
    )
    assert ("居民小组", "社区居民委员会") in edges(graph, "PART_OF")


def test_the_national_laws_county_tier_is_a_county_body() -> None:
    graph = document(
        "第三条 不设区的市、市辖区人民政府应当对社区居民委员会的工作给予指导，"
        "社区居民委员会协助不设区的市、市辖区人民政府开展工作。",
        _TITLE,
    )
    # round 116: the list names two county governments (dev hn-jwh and fl-jwh both split it)
    for name in ("不设区的市人民政府", "市辖区人民政府"):
        organ = next(o for o in graph.organs if o.name == name)
        assert organ.level == "county"
        assert (name, "社区居民委员会") in edges(graph, "GUIDES")
        assert ("社区居民委员会", name) in edges(graph, "ASSISTS")


def test_its_agency_after_or_is_the_governments_own_body() -> None:
    graph = document("第四条 区人民政府或者它的派出机关应当对社区居民委员会的换届选举给予指导。", _TITLE)
    assert ("派出机关", "区人民政府") in edges(graph, "PART_OF")
    assert ("派出机关", "社区居民委员会") in edges(graph, "GUIDES")


def test_posts_elected_by_the_residents_hold_no_duty() -> None:
    graph = document(
        "第九条 社区居民委员会主任、副主任和委员，由本社区有选举权的居民直接选举产生。"
        "社区居民委员会应当及时公布选举结果。",
        _TITLE,
    )
    assert "社区居民委员会主任" not in names(graph)
    assert holders_of_duty(graph, "及时公布选举结果") == {"社区居民委员会"}


def test_a_member_elected_by_a_meeting_stays_the_meetings_duty() -> None:
    graph = document("第十条 社区居务监督委员会成员由社区居民会议推选产生。", _TITLE)
    assert holders_of_duty(graph, "推选产生") == {"社区居民会议"}
