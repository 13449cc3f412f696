"""Round 108 (PART_OF across all documents): a leader role printed as an acting body's full name and a
leader word (X有关部门主要负责人, X办公室负责人) sits in that body, not in the wider body the set word or a
short name reached. Each rule on sentences written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某节水工作责任制实施办法"


def test_a_department_sets_head_sits_in_the_set_not_in_the_government() -> None:
    graph = document(
        "第三条 各级人民政府应当加强节水工作的领导。"
        "第四条 各级人民政府有关部门应当按照职责分工做好节水工作。"
        "第五条 各级人民政府及有关部门主要负责人对本地区、本部门节水工作负全面领导责任，应当组织落实节水措施。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("各级人民政府有关部门主要负责人", "各级人民政府有关部门") in part_of
    assert ("各级人民政府有关部门主要负责人", "各级人民政府") not in part_of


def test_a_halfs_head_stays_in_its_pair() -> None:
    graph = document(
        "第三条 各级党委和政府应当加强节水工作的领导。各级党委应当研究节水工作。"
        "第四条 各级党委主要负责人应当亲自部署节水工作。",
        _TITLE,
    )
    assert ("各级党委主要负责人", "各级党委") not in edges(graph, "PART_OF")
