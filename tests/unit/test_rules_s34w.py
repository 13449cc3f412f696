"""Round 111 (liabilities of an opening list, round 3): a department read through 其 of a 各级 collective
(各级人民政府及其X) where the document names X with a spanning level set of its own (县级以上人民政府X) is that
department, not a part of the 各级 collective: no PART_OF to the 各级 body. A department set (有关部门) and a
department the document names only level by level (市X, 县X) keep their edge. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某省古树名木保护条例"


def _part_of_every_level(body: str) -> set[str]:
    graph = document(body, _TITLE)
    return {source for source, target in edges(graph, "PART_OF") if target.startswith("各级")}


def test_a_department_the_text_names_with_a_spanning_level_is_not_part_of_ge_ji() -> None:
    parts = _part_of_every_level(
        "第三条 各级人民政府应当加强古树名木保护工作的领导。\n"
        "第四条 县级以上人民政府园林绿化主管部门负责本行政区域古树名木的普查和养护工作。\n"
        "第二十条 各级人民政府及其园林绿化主管部门有下列情形之一的，对直接负责的主管人员依法给予处分：\n"
        "（一）未组织古树名木普查的；\n"
        "（二）未及时救治濒危古树的。"
    )
    assert not any(name.endswith("园林绿化主管部门") for name in parts)


def test_a_department_set_under_ge_ji_keeps_its_part_of() -> None:
    parts = _part_of_every_level(
        "第三条 各级人民政府应当加强古树名木保护工作的领导。\n"
        "第四条 县级以上人民政府有关部门按照各自职责做好古树名木保护工作。\n"
        "第五条 各级人民政府及其有关部门应当开展古树名木保护宣传教育。"
    )
    assert any(name.endswith("有关部门") for name in parts)


def test_a_department_named_only_level_by_level_keeps_its_part_of() -> None:
    parts = _part_of_every_level(
        "第三条 各级人民政府应当加强古树名木保护工作的领导。\n"
        "第四条 市园林绿化主管部门负责全省古树名木的监督管理；县园林绿化主管部门负责本县古树名木的养护。\n"
        "第五条 各级人民政府及其园林绿化主管部门应当开展古树名木保护宣传教育。"
    )
    assert any(name.endswith("园林绿化主管部门") for name in parts)
