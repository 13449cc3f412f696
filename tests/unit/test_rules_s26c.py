"""Sanction edges of round 72: the staff of 各级X及其Y (the lead's 各 is the first letter of 各级) are
sanctioned through X and Y; a ;-part opened by 对直接负责的主管人员和其他直接责任人员 sanctions the staff
of the offenders of the part before it, unless that part fines them (a regulated actor).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_staff_of_every_level_government_and_its_departments_are_sanctioned_through_them() -> None:
    body = (
        "第一条 各级人民政府及其有关部门的工作人员在护林工作中有下列行为之一的，"
        "由任免机关或者监察机关对直接负责的主管人员和其他直接责任人员依法给予处分：\n"
        "（一）挪用护林经费的；\n（二）隐瞒火情的。"
    )
    found = edges(document(body, "某市护林条例"), "SUPERVISES")
    assert ("任免机关", "各级人民政府") in found
    assert ("监察机关", "各级人民政府有关部门") in found


def test_a_part_opened_by_the_responsible_staff_sanctions_the_offenders_before_it() -> None:
    body = (
        "第一条 县级以上地方人民政府水利、林业等部门有下列情形之一的，由本级人民政府责令改正，"
        "予以通报批评；对直接负责的主管人员和其他直接责任人员，由任免机关或者监察机关依法给予处分：\n"
        "（一）未按时巡查堤防的；\n（二）迟报汛情的。"
    )
    found = edges(document(body, "某省防汛条例"), "SUPERVISES")
    assert ("任免机关", "县级以上地方人民政府林业部门") in found
    assert ("监察机关", "县级以上地方人民政府林业部门") in found


def test_no_staff_edge_after_a_fine_on_a_regulated_actor() -> None:
    body = (
        "第一条 违反本条例规定，有关采砂单位有下列行为之一的，由县级以上人民政府水行政主管部门责令改正，"
        "处一万元以上五万元以下罚款；对直接负责的主管人员和其他直接责任人员，由其上级主管部门依法给予处分：\n"
        "（一）超范围采砂的；\n（二）夜间采砂的。"
    )
    found = edges(document(body, "某省河道采砂条例"), "SUPERVISES")
    assert not any(source == "上级主管部门" for source, _ in found)
