"""Round 137 (liabilities recall): the bodies opening a later clause of a penalty condition are offenders too
(违反本条例…规定，X未…，或者Y未…的，由Z责令改正 / …，在…区域，Y、W将…的，由Z…). Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市水库保护条例"
_DEPARTMENT = "第四条 市人民政府水行政主管部门负责本市水库保护的监督管理工作。\n"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_the_offender_of_a_later_alternative_clause_is_liable() -> None:
    graph = document(
        _DEPARTMENT + "第五条 违反本条例第四条规定，勘测单位未按期回填探坑，或者养护单位未及时清除库区漂浮物的，"
        "由市人民政府水行政主管部门责令限期改正，处五千元以下的罚款。",
        _TITLE,
        "法律责任",
    )
    assert {"勘测单位", "养护单位"} <= _liable(graph, 5)
    assert "市人民政府水行政主管部门" not in _liable(graph, 5)


def test_offenders_after_a_setting_clause_are_liable() -> None:
    graph = document(
        _DEPARTMENT + "第五条 在水库一级保护区内，养殖单位、运营单位将废水直接排入库区的，"
        "由市人民政府水行政主管部门责令改正，处一万元以上五万元以下的罚款。",
        _TITLE,
        "法律责任",
    )
    assert {"养殖单位", "运营单位"} <= _liable(graph, 5)


def test_a_conjunction_opening_the_clause_is_no_part_of_the_name() -> None:
    graph = document(
        _DEPARTMENT + "第五条 违反本条例第四条规定，库区设施不符合安全标准，且维护单位未按期整修的，"
        "由市人民政府水行政主管部门责令限期改正。",
        _TITLE,
        "法律责任",
    )
    assert "维护单位" in _liable(graph, 5)


def test_a_body_that_needs_a_permit_in_a_later_clause_is_no_offender() -> None:
    graph = document(
        _DEPARTMENT + "第五条 依照有关法律的规定，取水单位需要取得取水许可证的，由市人民政府水行政主管部门核发。",
        _TITLE,
        "法律责任",
    )
    assert "取水单位" not in _liable(graph, 5)


def test_a_body_with_a_modal_in_its_later_clause_is_no_offender() -> None:
    graph = document(
        _DEPARTMENT + "第五条 违反本条例第四条规定，擅自占用库区土地，运营单位应当配合清理而拒不清理的，"
        "由市人民政府水行政主管部门责令改正。",
        _TITLE,
        "法律责任",
    )
    assert "运营单位" not in _liable(graph, 5)


def test_an_alternative_set_joined_to_the_offender_is_liable_too() -> None:
    graph = document(
        _DEPARTMENT + "第五条 市人民政府水行政主管部门或者其他有关部门及其工作人员违反本条例规定，"
        "不履行水库保护职责的，对直接负责的主管人员依法给予处分。",
        _TITLE,
        "法律责任",
    )
    liable = _liable(graph, 5)
    assert "市人民政府水行政主管部门" in liable
    assert any(name.endswith("有关部门") for name in liable)


def test_bodies_picked_by_their_offence_after_dui_are_liable() -> None:
    graph = document(
        "第四条 县人民政府负责本县水库保护工作。\n"
        "第五条 对未按期完成水库清淤任务的县水行政主管部门、县农业农村主管部门，依法予以通报批评。",
        _TITLE,
        "法律责任",
    )
    assert {"县水行政主管部门", "县农业农村主管部门"} <= _liable(graph, 5)
    assert "县人民政府" not in _liable(graph, 5)


def test_a_role_picked_by_its_offence_after_dui_is_left_to_its_body() -> None:
    graph = document(
        "第四条 县人民政府负责本县水库保护工作。\n第五条 对负有责任的有关人员，由县人民政府依法给予处分。",
        _TITLE,
        "法律责任",
    )
    assert not any("人员" in name for name in _liable(graph, 5))
