"""Round 74 (PART_OF, second pass): a department named inside one half of a level's 党委和政府 pair sits
in that half where the half is a node of its own (a party committee holding duties, a government that
acts), and in the pair where the half is printed only as part of it."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

CITY = "某某市乡村治理工作责任制规定"


def test_party_department_sits_in_a_party_committee_holding_duties() -> None:
    graph = document(
        "第三条 市委、市政府统筹全市乡村治理工作。\n第四条 市委每年听取一次乡村治理工作汇报。\n"
        "第五条 市委宣传部负责乡村治理的宣传引导。",
        CITY,
    )
    assert ("市委宣传部", "市委") in edges(graph, "PART_OF")


def test_party_department_stays_in_the_pair_where_the_committee_never_acts_alone() -> None:
    graph = document(
        "第三条 市委、市政府统筹全市乡村治理工作。\n第五条 市委宣传部负责乡村治理的宣传引导。",
        CITY,
    )
    assert ("市委宣传部", "市委、市政府") in edges(graph, "PART_OF")


def test_government_department_sits_in_a_government_that_ends_a_relation() -> None:
    graph = document(
        "第三条 市委、市人民政府统筹全市乡村治理工作。\n"
        "第四条 各县（区）人民政府每年向市人民政府报告乡村治理工作情况。\n"
        "第五条 市人民政府民政部门负责村级组织建设的指导。",
        CITY,
    )
    assert ("市人民政府民政部门", "市人民政府") in edges(graph, "PART_OF")
