"""Round 97 (relation precision): a functional department is no part of the ministry whose name it only
opens with by cutting 部门 in two (生态环境部门 ⊄ 生态环境部); a body's own office named after it stays in it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_NATIONAL = "湿地污染防治条例"


def test_a_functional_department_is_no_part_of_the_ministry_of_its_field() -> None:
    body = (
        "第一条 生态环境部负责指导全国湿地污染防治。\n"
        "第二条 生态环境部门负责湿地污染防治的监督管理，农业农村部门予以配合。\n"
    )
    graph = document(body, _NATIONAL)
    assert ("生态环境部门", "生态环境部") not in edges(graph, "PART_OF")
    assert ("农业农村部门", "生态环境部门") in edges(graph, "ASSISTS")


def test_a_ministrys_own_office_still_sits_in_the_ministry() -> None:
    body = "第一条 生态环境部负责指导全国湿地污染防治。生态环境部办公厅负责日常工作。\n"
    assert ("生态环境部办公厅", "生态环境部") in edges(document(body, _NATIONAL), "PART_OF")
