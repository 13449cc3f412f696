"""Round 141 (sets opened by 其他): the bare rest of the departments opening a clause (其他部门应当配合…) is a
holder, the unnamed set the document names elsewhere. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named, surfaces

_TITLE = "某某市城市排涝管理办法"


def test_the_rest_of_the_departments_opening_a_clause_is_a_holder() -> None:
    graph = document(
        "第四条 市水务部门负责城市排涝设施的日常巡查。其他部门应当配合水务部门，做好排涝物资的储备工作。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "排涝物资")
    rest = next(name for name in holders if name in ("其他部门", "有关部门"))
    assert "其他部门" in organ_named(graph, rest).aliases


def test_the_rest_after_a_lead_in_one_sentence_is_read() -> None:
    assert "其他部门" in surfaces("跨区域的排涝事项由水务部门牵头，其他部门按照职责做好疏导工作。")
    # a bare 配合 ending the clause: the rest works with the lead of its own set, no holder of its own
    assert "其他部门" not in surfaces("跨区域的排涝事项，由牵头部门组织协调，其他部门积极配合。")


def test_other_departments_inside_a_phrase_or_joined_to_units_are_no_subject() -> None:
    assert "其他部门" not in surfaces("发现属于其他部门职责范围的问题，应当及时移送。")
    assert "其他部门" not in surfaces("其他部门和单位应当制定本单位的排涝预案。")
