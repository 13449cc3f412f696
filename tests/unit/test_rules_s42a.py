"""Round 132 (PART_OF of a department's own agency): an agency printed after a collective department's full name
and a possessive link (县级以上人民政府X主管部门的Y机构) sits in that department, not in the government the
department's name opens with. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某省渔港安全管理条例"
_GOVERNMENT = "第四条 县级以上人民政府应当加强对渔港安全工作的领导。\n"


def test_an_agency_of_a_spanning_department_sits_in_that_department() -> None:
    graph = document(
        _GOVERNMENT + "第五条 县级以上人民政府渔业主管部门负责本行政区域渔港安全的监督管理。\n"
        "第六条 县级以上人民政府渔业主管部门的渔港监督机构，具体负责渔港水域的安全检查。",
        _TITLE,
    )
    found = edges(graph, "PART_OF")
    assert ("县级以上人民政府渔业主管部门的渔港监督机构", "县级以上人民政府渔业主管部门") in found
    assert ("县级以上人民政府渔业主管部门的渔港监督机构", "县级以上人民政府") not in found
    # the department itself stays in its government
    assert ("县级以上人民政府渔业主管部门", "县级以上人民政府") in found


def test_an_agency_named_after_the_government_alone_stays_in_it() -> None:
    graph = document(
        _GOVERNMENT + "第五条 县级以上人民政府渔港监督机构具体负责渔港水域的安全检查。",
        _TITLE,
    )
    assert ("县级以上人民政府渔港监督机构", "县级以上人民政府") in edges(graph, "PART_OF")
