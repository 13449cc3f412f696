"""Round 124 (the city water regulations): 处理处置 is one compound verb of the waste rules, so a unit named
by that work (污泥处理处置单位) is a regulated actor holding its clause's duty. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市污泥管理条例"


def test_a_unit_named_by_its_treatment_and_disposal_work_holds_its_duty() -> None:
    graph = document("第六条 危险废物处理处置单位应当建立台账，如实记录处置情况。", _TITLE)
    assert "危险废物处理处置单位" in names(graph)
    assert holders_of_duty(graph, "建立台账") == {"危险废物处理处置单位"}


def test_the_disposal_unit_beside_another_unit_reports_too() -> None:
    graph = document(
        "第七条 城镇污水处理设施运营单位或者污泥处理处置单位应当记录污泥去向，并向市环境卫生主管部门报告。",
        _TITLE,
    )
    assert holders_of_duty(graph, "记录污泥去向") == {"城镇污水处理设施运营单位", "污泥处理处置单位"}
    assert ("污泥处理处置单位", "市环境卫生主管部门") in edges(graph, "REPORTS_TO")


def test_the_verb_alone_still_ends_a_stem() -> None:
    graph = document("第八条 县人民政府应当及时处理群众举报的污染问题。", _TITLE)
    assert holders_of_duty(graph, "及时处理") == {"县人民政府"}


def test_the_bodies_competent_to_approve_are_a_set_a_report_goes_to() -> None:
    graph = document(
        "第九条 地下水位持续下降的，县水利主管部门应当向有批准权限的机关报告，并提出限采建议。",
        _TITLE,
    )
    assert "有批准权限的机关" in names(graph)
    assert ("县水利主管部门", "有批准权限的机关") in edges(graph, "REPORTS_TO")


def test_the_authority_over_a_kind_of_unit_is_no_part_of_it() -> None:
    graph = document(
        "第十条 污泥运输单位应当建立运输台账。污泥运输单位主管部门应当督促污泥运输单位规范运输。",
        _TITLE,
    )
    assert "污泥运输单位主管部门" in names(graph)
    assert ("污泥运输单位主管部门", "污泥运输单位") not in edges(graph, "PART_OF")
