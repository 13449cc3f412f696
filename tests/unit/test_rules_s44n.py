"""Round 138 (SUPERVISES where both ends are in the article): the departments a government oversees printed as
its 所属部门 are the same set as its 有关部门. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市城市绿化管理条例"
_DEPARTMENTS = "第五条 市、县人民政府及其有关部门应当按照各自职责做好城市绿化工作。\n"


def test_owned_departments_of_a_government_are_its_related_department_set() -> None:
    graph = document(
        _DEPARTMENTS + "第六条 市、县人民政府应当对其所属部门和下一级人民政府的城市绿化工作进行年度考核。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市人民政府有关部门") in found
    assert ("县人民政府", "县人民政府有关部门") in found
    assert not any(target.endswith("所属部门") for _, target in found)


def test_owned_departments_alone_keep_their_printed_name() -> None:
    graph = document(
        "第五条 市人民政府应当对本级人民政府所属部门的城市绿化工作进行检查。",
        _TITLE,
    )
    assert ("市人民政府", "市人民政府所属部门") in edges(graph, "SUPERVISES")
