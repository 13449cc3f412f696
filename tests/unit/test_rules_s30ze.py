"""Round 99 (s30ze): a joint meeting set up by 建立X联席会议制度 is the body its office and member units
sit in."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某县乡村文化工作条例"


def test_meeting_set_up_owns_its_office() -> None:
    """县人民政府建立X联席会议制度 … 联席会议办公室设在Y: the meeting is a node of the government, its
    office sits in it (named in full) and in Y."""
    body = (
        "第一条 县人民政府建立乡村文化工作联席会议制度，由分管副县长召集，"
        "联席会议办公室设在县文化旅游部门，负责联席会议的日常工作。"
    )
    graph = document(body, _TITLE)
    assert "乡村文化工作联席会议" in names(graph)
    part_of = edges(graph, "PART_OF")
    assert ("乡村文化工作联席会议办公室", "乡村文化工作联席会议") in part_of
    assert ("乡村文化工作联席会议", "县人民政府") in part_of


def test_office_skips_a_committee_listed_between() -> None:
    """联席会议办公室 after a 委员会 listed among the members: the office still joins the meeting."""
    body = (
        "第一条 建立县乡村文化工作联席会议制度。县农业农村局、县城乡规划委员会等部门为成员单位。"
        "联席会议办公室设在县文化馆，负责联席会议的日常工作。"
    )
    graph = document(body, _TITLE)
    assert ("县乡村文化工作联席会议办公室", "县乡村文化工作联席会议") in edges(graph, "PART_OF")


def test_members_of_a_composition_sentence_join_the_meeting() -> None:
    """…等部门为成员单位 after the meeting named in full: the member set is the meeting's own."""
    body = (
        "第一条 县人民政府建立乡村文化工作联席会议制度，县财政局、县教育局等部门为成员单位。"
        "成员单位应当按照职责分工落实联席会议议定的事项。"
    )
    graph = document(body, _TITLE)
    assert ("乡村文化工作联席会议成员单位", "乡村文化工作联席会议") in edges(graph, "PART_OF")


def test_meeting_system_alone_makes_no_node() -> None:
    """建立联席会议制度 with no office or members of the meeting acting: no node for the meeting."""
    body = "第一条 县人民政府应当建立乡村文化工作联席会议制度，协调解决乡村文化建设中的重大问题。"
    graph = document(body, _TITLE)
    assert "乡村文化工作联席会议" not in names(graph)
