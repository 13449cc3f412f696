"""Round 108 (city protection regulations of one water body): a government set printed only as the shared head
of a list of its departments (县级以上人民政府发展改革、财政…等部门应当…) is the body each listed department sits in
(explicit PART_OF, name-literal) although the set bears no duty of its own; a department printed alone inside
the set's name leaves the set no node. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市某某湖保护条例"


def test_departments_listed_under_a_set_head_sit_in_the_set() -> None:
    graph = document(
        "第四条 县级以上人民政府教育、财政、交通运输等部门应当按照各自职责，做好某某湖保护的相关工作。"
        "第五条 湖泊管理机构负责某某湖的日常巡查。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("县级以上人民政府教育部门", "县级以上人民政府") in part_of
    assert ("县级以上人民政府交通运输部门", "县级以上人民政府") in part_of


def test_one_department_inside_the_set_name_gives_the_set_no_edge() -> None:
    graph = document(
        "第四条 县级以上人民政府文物主管部门负责某某湖沿岸古迹的保护工作。第五条 湖泊管理机构负责某某湖的日常巡查。",
        _TITLE,
    )
    assert not any(target == "县级以上人民政府" for _, target in edges(graph, "PART_OF"))
