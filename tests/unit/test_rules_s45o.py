"""Round 142 (其他 after a bare level word): 市、区县(自治县)其他有关部门 names the rest of each listed level's
departments, as 市、区县(自治县)有关部门 does; the level list is distributed over the set and the bracket
stays with its own level word. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某某市农村道路养护条例"


def test_other_departments_after_a_bracketed_level_list_stand_at_each_level() -> None:
    graph = document(
        "第三条 市、区县（自治县）交通主管部门负责农村道路养护的监督管理。\n"
        "第四条 市、区县（自治县）其他有关部门按照各自职责做好农村道路养护相关工作。",
        _TITLE,
    )
    holders = holder_names(graph, 4)
    assert holders == {"市其他有关部门", "区县（自治县）其他有关部门"}
    assert not any("市（" in name or "市(" in name for name in holders)


def test_other_departments_after_a_plain_level_list() -> None:
    graph = document("第四条 省、县其他有关部门应当配合做好农村道路养护工作。", "某某省农村道路养护条例")
    assert holder_names(graph, 4) == {"省其他有关部门", "县其他有关部门"}


def test_a_level_word_before_other_units_is_left_alone() -> None:
    # 其他 before a named kind of body (单位) is no unnamed set of departments
    graph = document("第四条 市、县其他单位应当配合做好农村道路养护工作。", _TITLE)
    assert not any("其他有关部门" in name for name in holder_names(graph, 4))
