"""Round 91 (s27m): department sets after a level list. 本级 before a function list stands for each
listed level.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

import unicodedata

from tests.unit.rules_support import document, edges, holder_names, names


def _plain(found: set[str]) -> set[str]:
    return {unicodedata.normalize("NFKC", name) for name in found}


def test_same_level_function_list_after_level_list_of_departments() -> None:
    graph = document(
        "第五条 市、县（区）林业主管部门应当会同本级民政、体育等有关部门编制步道建设规划。", "某市登山步道管理办法"
    )
    found = _plain(names(graph))
    assert {"市民政部门", "县(区)民政部门", "市体育部门", "县(区)体育部门"} <= found
    assert not any(name.startswith("本级") for name in found)
    assert {"市民政部门", "县(区)体育部门"} <= _plain(holder_names(graph, 5))


def test_same_level_function_list_after_level_list_with_governments() -> None:
    graph = document(
        "第六条 市、县（区）人民政府商务部门应当会同同级市场监管、卫生健康等部门开展联合检查。",
        "某市早餐工程管理办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府市场监管部门", "市人民政府") in part_of
    assert ("县（区）人民政府卫生健康部门", "县（区）人民政府") in part_of


def test_same_level_list_without_level_list_is_left_alone() -> None:
    graph = document("第七条 市商务部门应当会同本级市场监管等部门开展联合检查。", "某市早餐工程管理办法")
    assert not any(name.startswith("县") for name in names(graph))
