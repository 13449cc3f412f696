"""Round 97 (levels of departments in lists, second round): a 同级 function list after a single
levelled department joined by 会同 names each function's department at that department's level."""

from __future__ import annotations

from tests.unit.rules_support import document, names


def test_same_level_list_after_one_levelled_lead() -> None:
    graph = document(
        "第一条 县林业主管部门应当会同同级交通、文化旅游、市场监管等部门开展巡查。",
        "某市森林巡查条例",
    )
    assert {"县交通部门", "县文化旅游部门", "县市场监管部门"} <= names(graph)
    assert not {"文化旅游部门", "市场监管部门"} & names(graph)


def test_same_level_list_after_a_lead_with_no_level_keeps_no_level() -> None:
    graph = document(
        "第一条 林业主管部门应当会同同级交通、文化旅游等部门开展巡查。",
        "某市森林巡查条例",
    )
    assert not any(name.startswith("县") for name in names(graph))
