"""Round 96 (river): a role whose body is pointed back to (该/相关 + a generic name) sits in the bodies
the sentence's opening case names, not in a body of the generic name."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_pointed_department_head_sits_in_the_case_departments() -> None:
    graph = document(
        "第一条 县级以上人民政府林业主管部门负责本行政区域内湿地的保护工作。\n"
        "第二条 林业主管部门和其他有关部门不依法履行湿地保护职责的，由本级人民政府追究该行政主管部门主要负责人的责任。",
        "某市湿地保护条例",
    )
    bodies = {target for source, target in edges(graph, "PART_OF") if source == "行政主管部门主要负责人"}
    assert bodies == {"林业主管部门", "有关部门"}


def test_related_government_head_sits_in_the_case_governments() -> None:
    graph = document(
        "第一条 市人民政府和县人民政府应当加强湿地保护。\n"
        "第二条 市人民政府、县人民政府未履行湿地保护职责的，省林业主管部门可以约谈相关人民政府负责人。",
        "某省湿地保护条例",
    )
    bodies = {target for source, target in edges(graph, "PART_OF") if source == "相关人民政府负责人"}
    assert bodies == {"市人民政府", "县人民政府"}
