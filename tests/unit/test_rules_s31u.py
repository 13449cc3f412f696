"""Round 101 (GUIDES edges): 所辖 before a level word is a scope word, the body is the level's own
(督促指导所辖县（市、区）人民政府), and 村级组织 is one village body that a township guides."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_scope_word_before_a_levelled_government() -> None:
    graph = document(
        "第一条 市人民政府应当督促指导所辖县（市、区）人民政府做好防汛抗旱工作。\n"
        "第二条 县（市、区）人民政府负责本行政区域内的防汛抗旱工作。",
        "某市防汛抗旱条例",
    )
    assert ("市人民政府", "县（市、区）人民政府") in edges(graph, "GUIDES")
    assert "所辖县（市、区）人民政府" not in names(graph)


def test_scope_word_before_a_bare_level() -> None:
    # the bare level after 指导所辖 is an object as right after 指导
    graph = document("第一条 市人民政府应当指导所辖县（市、区）完善饮用水源保护措施。", "某市饮用水源保护条例")
    assert ("市人民政府", "县（市、区）") in edges(graph, "GUIDES")


def test_scope_word_before_an_area_is_no_body() -> None:
    graph = document("第一条 区人民政府负责所辖区域内的垃圾分类工作。", "某市垃圾分类条例")
    assert names(graph) == {"区人民政府"}


def test_village_bodies_named_as_one_are_guided() -> None:
    graph = document(
        "第一条 乡镇人民政府应当指导村级组织做好农田水利设施的日常维护。\n第二条 村民委员会协助做好灌溉用水的调度。",
        "某县农田水利条例",
    )
    assert ("乡镇人民政府", "村级组织") in edges(graph, "GUIDES")
    assert ("村民委员会", "村级组织") not in edges(graph, "PART_OF")
