"""Round 119 (one annotated organ, two predicted organs): a relative partner of a 会同 that opens the
clause's subject list (X会同同级Y…) is seen from its lead X, as a 会同 later in the clause is (genre rule 4),
so 同级有关部门 of a set of departments spanning levels is the 有关部门 set the document names over the same
levels, not an organ of its own beside it. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某河道管理条例"


def test_a_same_level_partner_of_a_spanning_lead_is_the_named_spanning_set() -> None:
    graph = document(
        "第二条 县级以上人民政府水利主管部门会同同级有关部门编制河道整治规划。"
        "第三条 县级以上人民政府有关部门应当配合河道管理工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "编制河道整治规划") == {"县级以上人民政府水利主管部门", "县级以上人民政府有关部门"}
    assert "同级有关部门" not in names(graph)


def test_a_same_level_partner_of_a_one_level_lead_is_that_levels_department() -> None:
    graph = document("第二条 市水利主管部门会同同级财政部门拟订河道经费计划。", _TITLE)
    assert holders_of_duty(graph, "拟订河道经费计划") == {"市水利主管部门", "市财政部门"}


def test_with_no_spanning_set_named_the_partner_stays_as_printed() -> None:
    graph = document("第二条 县级以上人民政府水利主管部门会同同级有关部门编制河道整治规划。", _TITLE)
    assert holders_of_duty(graph, "编制河道整治规划") == {"县级以上人民政府水利主管部门", "同级有关部门"}
