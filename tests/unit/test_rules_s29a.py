"""Round 97 (street-office, township and community rules): the body a department sets up somewhere
(X在街道设立的派出机构) is the organ, inside X; coordination nouns may open what a body accepts
(接受X的统筹协调、指挥调度和考核); 评议 is an oversight verb; a list comma right after an oversight verb
(经X考核、Y核实后) closes the act before the next body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某市街道工作条例"


def test_a_body_set_up_in_a_place_is_the_holder_inside_its_department() -> None:
    graph = document("第一条 县人民政府有关部门在乡镇设立的派出机构，应当配合乡镇人民政府开展工作。", _TITLE)
    assert holder_names(graph, 1) == {"派出机构"}
    assert ("派出机构", "县人民政府有关部门") in edges(graph, "PART_OF")
    assert ("派出机构", "乡镇人民政府") in edges(graph, "ASSISTS")


def test_coordination_nouns_before_the_accepted_oversight() -> None:
    graph = document("第一条 县人民政府公安部门的派驻机构应当接受乡镇人民政府的统筹协调和日常管理。", _TITLE)
    assert ("乡镇人民政府", "县人民政府公安部门的派驻机构") in edges(graph, "SUPERVISES")
    graph = document(
        "第一条 区人民政府城市管理部门在街道设立的派出机构，应当接受街道办事处的统筹协调、指挥调度和考核评价。",
        _TITLE,
    )
    assert ("街道办事处", "派出机构") in edges(graph, "SUPERVISES")


def test_evaluating_a_body_is_no_oversight_under_the_gate() -> None:
    graph = document("第一条 居民会议听取居民委员会的年度工作报告，评议居民委员会的工作。", _TITLE)
    # session 38 gate: 评议 is no README trigger
    assert ("居民会议", "居民委员会") not in edges(graph, "SUPERVISES")
    graph = document("第一条 镇人民政府可以对县人民政府有关部门支持乡镇工作的情况进行评议。", _TITLE)
    assert ("镇人民政府", "县人民政府有关部门") not in edges(graph, "SUPERVISES")


def test_a_list_comma_after_the_verb_closes_the_act() -> None:
    graph = document(
        "第一条 对符合条件的农户，经村民代表会议考核、乡镇人民政府核实后，由县人民政府农业农村部门确认。", _TITLE
    )
    assert not edges(graph, "SUPERVISES")
    graph = document("第一条 县人民政府应当督促、检查乡镇人民政府和村民委员会的工作。", _TITLE)
    assert {("县人民政府", "乡镇人民政府"), ("县人民政府", "村民委员会")} <= edges(graph, "SUPERVISES")
