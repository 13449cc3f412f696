"""Round 96 (rel2, finishing round 95 rel): an unanchored 上级人民政府 of a local text is a set of its own, not
the body one level above the document's (no central organ), and its 下级人民政府
the set below; no ladder of level pairs."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

TITLE = "某某省养老服务条例"


def test_superior_opening_a_later_sentence_is_no_central_body() -> None:
    graph = document(
        "第八条 省人民政府应当统筹推进养老服务工作。\n"
        "上一级人民政府发现下级人民政府未履行养老服务职责的，应当责令其改正。",
        TITLE,
    )
    assert "国务院" not in names(graph)
    assert ("上一级人民政府", "下级人民政府") in edges(graph, "SUPERVISES")


def test_superior_over_subordinate_is_one_edge_between_the_sets() -> None:
    graph = document("第九条 上级人民政府应当对下级人民政府养老服务工作进行考核。", TITLE)
    assert edges(graph, "SUPERVISES") == {("上级人民政府", "下级人民政府")}


def test_departments_of_the_subordinate_set_are_named_by_it() -> None:
    graph = document("第十条 上级人民政府应当加强对下级人民政府及其有关部门养老服务工作的监督。", TITLE)
    assert ("上级人民政府", "下级人民政府有关部门") in edges(graph, "SUPERVISES")
    assert ("下级人民政府有关部门", "下级人民政府") in edges(graph, "PART_OF")


def test_superior_after_a_spanning_set_is_apart_from_its_one_level_up() -> None:
    graph = document(
        "第十一条 县级以上人民政府应当每年向上一级人民政府报告养老服务工作情况。\n"
        "上级人民政府应当对下级人民政府养老服务工作进行督促检查。",
        TITLE,
    )
    assert {"上一级人民政府", "上级人民政府"} <= names(graph)
    assert ("县级以上人民政府", "上一级人民政府") in edges(graph, "REPORTS_TO")
    assert ("上级人民政府", "下级人民政府") in edges(graph, "SUPERVISES")


def test_superior_opening_an_article_of_a_central_text_is_over_the_set_below() -> None:
    # a text of no place: 下级人民政府 is not a step down from the centre (the provinces) where 上级 opens
    graph = document(
        "第十二条 省人民政府、市人民政府应当完善养老服务体系。\n"
        "第十三条 上级人民政府应当对下级人民政府养老服务工作进行考核。",
        "养老服务条例",
    )
    assert {(r.source, r.target) for r in graph.relations if r.article == 13} == {("t/上级人民政府", "t/下级人民政府")}


def test_departments_of_a_set_keep_the_name_of_their_first_print() -> None:
    graph = document(
        "第十四条 上级人民政府应当指导下级人民政府及其所属部门开展养老服务工作，"
        "督促下一级人民政府及其所属部门落实养老服务措施。",
        TITLE,
    )
    assert "下级人民政府所属部门" in names(graph)
    assert "下一级人民政府所属部门" not in names(graph)
