"""Round 97 (sanctions in supervision and accountability rules): the ;-part that sanctions the same
offenders as the part before it also when it opens on the sanctioning body (…，依法追究责任；由Z给予处分),
when it narrows them to public servants (…；属于公职人员的，由Z给予处分) and when it names their staff as
负有责任的领导人员 (…；对负有责任的领导人员和直接责任人员，由Z给予处分).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某省水库安全检查办法"


def test_a_part_opened_by_its_agent_sanctions_the_offenders_before_it() -> None:
    graph = document(
        "第一条 县水利局有下列情形之一的，依法追究责任；由任免机关或者监察机关按照管理权限给予处分：\n"
        "（一）未按期组织水库巡查的；\n（二）隐瞒水库险情的。",
        _TITLE,
        "法律责任",
    )
    assert {("任免机关", "县水利局"), ("监察机关", "县水利局")} <= edges(graph, "SUPERVISES")


def test_a_part_narrowed_to_public_servants_sanctions_the_offenders_before_it() -> None:
    graph = document(
        "第一条 县水利局有下列情形之一的，由县人民政府责令改正；属于公职人员的，由任免机关或者监察机关依法给予处分：\n"
        "（一）未按期组织水库巡查的；\n（二）隐瞒水库险情的。",
        _TITLE,
        "法律责任",
    )
    expected = {("县人民政府", "县水利局"), ("任免机关", "县水利局"), ("监察机关", "县水利局")}
    assert expected <= edges(graph, "SUPERVISES")


def test_a_part_on_the_leading_staff_sanctions_their_body() -> None:
    graph = document(
        "第一条 县水利局未按期组织水库巡查的，由县人民政府责令改正；对负有责任的领导人员和直接责任人员，"
        "由任免机关或者监察机关依法给予处分。",
        _TITLE,
        "法律责任",
    )
    assert {("任免机关", "县水利局"), ("监察机关", "县水利局")} <= edges(graph, "SUPERVISES")


def test_a_part_opened_by_an_agent_of_a_thing_is_no_sanction() -> None:
    graph = document(
        "第一条 县水利局未按期组织水库巡查的，由县人民政府责令改正；由乡镇人民政府管理的小型水库，参照本办法执行。",
        _TITLE,
        "法律责任",
    )
    assert ("乡镇人民政府", "县水利局") not in edges(graph, "SUPERVISES")
