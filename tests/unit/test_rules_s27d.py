"""SUPERVISES by a sanctioning body, round 90: the 有关 set after 或者其他 in a sanction's condition is
sanctioned too (unless the bodies before it span several levels); 由其Y按照管理权限，…给予处分 names its
agent after 其; a 单位 filed social is overseen when the sanction is a public one (处分, 依纪) or a
discipline or organisation body imposes it, but not when its regulator orders it to correct.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市湖泊保护条例"


def _supervises(body: str) -> set[tuple[str, str]]:
    return edges(document(body, _TITLE, "法律责任"), "SUPERVISES")


def test_the_other_set_of_a_sanction_condition_is_sanctioned() -> None:
    body = (
        "第一条 违反本条例规定，市湖泊管理局或者其他有关部门及其工作人员，有下列行为之一的，"
        "由其上级行政机关或者监察机关责令改正：（一）未巡查湖岸的；（二）隐瞒污染情况的。"
    )
    found = _supervises(body)
    assert {("监察机关", "市湖泊管理局"), ("监察机关", "有关部门")} <= found
    assert ("上级行政机关", "有关部门") in found


def test_the_other_set_of_staff_owners_is_sanctioned() -> None:
    body = "第一条 市湖泊管理局或者其他有关管理部门的工作人员徇私舞弊的，由有权机关依法给予处分。"
    assert {("有权机关", "市湖泊管理局"), ("有权机关", "有关管理部门")} <= _supervises(body)


def test_no_bare_set_after_bodies_of_several_levels() -> None:
    body = (
        "第一条 市、县人民政府及其湖泊主管部门或者其他有关部门，有下列行为之一的，由监察机关责令改正："
        "（一）未巡查湖岸的；（二）隐瞒污染情况的。"
    )
    assert not any(target == "有关部门" for _, target in _supervises(body))


def test_an_agent_after_its_own_qi_holds_the_next_clause_sanction() -> None:
    body = (
        "第一条 各级湖长有下列行为之一的，由其任免机关或者监察机关按照管理权限，依法给予处分："
        "（一）未巡湖的；（二）弄虚作假的。"
    )
    assert {("任免机关", "各级湖长"), ("监察机关", "各级湖长")} <= _supervises(body)


def test_a_unit_under_a_public_sanction_is_overseen() -> None:
    body = "第一条 湖泊养护单位及其工作人员推诿扯皮的，由有关机关依规依纪依法追究责任。"
    assert ("有关机关", "湖泊养护单位") in _supervises(body)


def test_a_unit_sanctioned_by_an_organisation_body_is_overseen() -> None:
    body = "第一条 派驻单位未履行管理职责的，由市委组织部予以通报批评。"
    assert ("市委组织部", "派驻单位") in _supervises(body)


def test_a_unit_its_regulator_orders_to_correct_stays_a_regulated_actor() -> None:
    body = "第一条 养殖单位未清理湖面网箱的，由市湖泊管理局责令改正；情节严重的，对直接责任人员依法给予处分。"
    assert not any(target == "养殖单位" for _, target in _supervises(body))
