"""Organ rules of session 19 (round d): a function list before 等行政管理部门 / 等(行政)主管部门 gives one
department per function named with the printed head, at each level listed before it; the document's own
place (本市) opening such a list is no part of its first item; a department named by the work it is
charged with (负责X工作的机构) is one organ, at each level printed before it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, edges, names, surfaces


def _displays(text: str, doc_level: str = "municipal") -> list[str]:
    return [m.display or m.fixed_name or m.surface for m in find_mentions(text, doc_level)]


def test_a_list_before_a_management_head_gives_one_department_per_function() -> None:
    found = _displays("文物、园林、档案等行政管理部门应当配合做好普查工作。")
    assert found == ["文物行政管理部门", "园林行政管理部门", "档案行政管理部门"]


def test_an_item_printing_its_own_administration_word_keeps_one() -> None:
    assert _displays("司法行政、档案等行政管理部门应当加强指导。") == ["司法行政管理部门", "档案行政管理部门"]


def test_a_level_list_before_a_function_list_keeps_each_level_apart() -> None:
    graph = document(
        "第一条 市、县（区）人民政府档案、文物等主管部门应当按照各自职责做好普查工作。", "某市文物普查条例"
    )
    assert {"市人民政府档案主管部门", "县（区）人民政府档案主管部门", "县（区）人民政府文物主管部门"} <= names(graph)
    part_of = edges(graph, "PART_OF")
    assert ("县（区）人民政府文物主管部门", "县（区）人民政府") in part_of
    assert ("市人民政府文物主管部门", "县（区）人民政府") not in part_of


def test_the_documents_own_place_opens_the_list_not_the_first_item() -> None:
    assert _displays("本市档案、文物等部门应当配合做好普查工作。") == ["档案部门", "文物部门"]
    assert _displays("本省园林、档案等行政管理部门应当加强指导。", "provincial") == [
        "园林行政管理部门",
        "档案行政管理部门",
    ]


def test_a_department_named_by_its_charge_is_one_organ() -> None:
    assert _displays("由负责古树名木保护的部门责令限期改正。") == ["负责古树名木保护的部门"]
    assert _displays("县级以上人民政府负责档案工作的机构应当加强指导。") == ["县级以上人民政府负责档案工作的机构"]


def test_a_charged_department_stands_at_each_level_listed() -> None:
    assert _displays("市、县负责古树名木保护工作的机构应当建立档案。") == [
        "市负责古树名木保护工作的机构",
        "县负责古树名木保护工作的机构",
    ]


def test_charged_with_a_scope_or_after_a_department_is_a_duty_not_a_name() -> None:
    assert surfaces("县人民政府负责本辖区内的部门协调工作。", "municipal") == ["县人民政府"]
    assert _displays("市档案部门负责收集移交档案的机构和人员的登记。") == ["市档案部门"]
