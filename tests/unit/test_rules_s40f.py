"""Round 127 (regulated actors and their roles as holders): X的法定代表人 is the role of the unit X printed
right before 的, as X的负责人 is (dev hn-jiaotong, sh-zyb annotate the phrase a role, explicit PART_OF X).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_id, short, surfaces

_TITLE = "某某市道路运输安全条例"


def test_the_legal_representative_after_a_unit_and_de_is_its_role() -> None:
    assert "货物运输单位的法定代表人" in surfaces("货物运输单位的法定代表人应当组织本单位的安全检查。")


def test_the_legal_representative_holds_the_duty_and_sits_in_its_unit() -> None:
    graph = document(
        "第二条 货物运输单位应当建立安全生产制度。第三条 货物运输单位的法定代表人负责本单位的道路运输安全工作。",
        _TITLE,
    )
    role = short(organ_id(graph, "货物运输单位的法定代表人"))
    assert holders_of_duty(graph, "负责本单位的道路运输安全工作") == {role}
    assert (role, "货物运输单位") in edges(graph, "PART_OF")


def test_a_list_of_roles_after_de_is_left_to_the_list_rules() -> None:
    # 的 spans the list (X的法定代表人或者主要负责人): no role of X alone is read here
    assert "货物运输单位的法定代表人" not in surfaces("货物运输单位的法定代表人或者主要负责人应当组织安全检查。")
