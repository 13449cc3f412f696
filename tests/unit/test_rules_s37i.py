"""Round 119 (member units and offices of a group): a bare 成员单位 sits in the coordinating body its
sentence names, else in the nearest one named before it in its article, never in one of another article;
the member set a composition clause names (…为成员单位) is a node in the body it makes up even where it
bears no duty. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, organ_id, short

_TITLE = "某某县节水工作办法"


def _member_bodies(graph: DocumentGraph, name: str = "成员单位") -> set[str]:
    member = organ_id(graph, name)
    return {short(r.target) for r in graph.relations if r.type == "PART_OF" and r.source == member}


def test_bare_members_sit_in_the_group_their_sentence_names() -> None:
    graph = document(
        "第四条 县人民政府设立节水工作领导小组。"
        "第五条 节水工作领导小组负责统筹全县节水工作，督促成员单位落实节水任务。",
        _TITLE,
    )
    assert _member_bodies(graph) == {"节水工作领导小组"}
    assert ("成员单位", "节水工作领导小组") in edges(graph, "PART_OF")


def test_bare_members_take_the_nearest_group_named_before_them_in_the_article() -> None:
    graph = document(
        "第六条 县节水督导委员会由县水利、财政、住房城乡建设等部门组成。成员单位应当每季度报送节水工作情况。",
        _TITLE,
    )
    assert _member_bodies(graph) == {"县节水督导委员会"}


def test_bare_members_sit_in_no_group_of_another_article() -> None:
    graph = document(
        "第四条 县人民政府设立节水工作领导小组，负责统筹全县节水工作。第五条 成员单位应当每季度报送节水工作情况。",
        _TITLE,
    )
    assert not _member_bodies(graph)


def test_the_member_set_of_a_composition_clause_is_a_node_of_the_meeting() -> None:
    graph = document(
        "第七条 县人民政府建立节水工作联席会议制度，由分管副县长召集，县水利、财政、农业农村等部门为成员单位，"
        "研究解决节水工作中的重大问题。",
        _TITLE,
    )
    assert ("节水工作联席会议成员单位", "节水工作联席会议") in edges(graph, "PART_OF")


def test_member_units_of_a_chief_system_are_no_institutional_member_of_the_pair() -> None:
    graph = document(
        "第五条 县委、县人民政府应当加强对林长制工作的领导。"
        "第六条 县林长制成员单位应当按照职责分工做好护林工作，每季度向县林长制办公室报告工作情况。",
        "某某县林长制实施办法",
    )
    member = organ_id(graph, "县林长制成员单位")
    assert not [r for r in graph.relations if r.type == "PART_OF" and r.source == member and r.implicit]


def test_bare_members_never_sit_in_a_lower_group_named_beside_them() -> None:
    graph = document(
        "第八条 县抗旱指挥部履行下列职责：\n（一）组织编制抗旱预案；\n（二）督促成员单位和下级抗旱指挥部落实抗旱措施。",
        _TITLE,
    )
    assert _member_bodies(graph) == {"县抗旱指挥部"}


def test_bare_members_of_a_body_set_up_at_several_levels_sit_in_no_one_level() -> None:
    graph = document(
        "第九条 省人民政府设立节水工作领导小组，省水利、财政等部门为成员单位。省节水工作领导小组统筹全省节水工作。"
        "市、县人民政府设立相应的节水工作领导小组。成员单位应当每季度报送节水工作情况。",
        "某某省节水工作办法",
    )
    assert not _member_bodies(graph)
