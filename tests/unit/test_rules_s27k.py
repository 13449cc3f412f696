"""Roles of round 91 (role): a body's whole leading group (X领导班子成员, X其他领导班子成员) is a role of that
body, but 领导班子成员分工/…安全生产责任清单 names none; where a rule names the 党政领导干部, a 党委/政府's
leading group is that collective role; the 党政领导干部 sit in the document's one acting spanning pair, a
relative pair (上级党委和政府) aside, or the one their definition names; a 处分 offered after
a milder measure (给予诫勉、组织处理或者处分) is a sanction of the named body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named, surfaces

_TITLE = "某县防汛抗旱责任制办法"


def test_a_departments_leading_group_is_a_role_of_it() -> None:
    assert "县有关部门领导班子成员" in surfaces("县有关部门领导班子成员每年向县委报告防汛工作情况。", "county")


def test_the_others_of_a_pairs_leading_group_are_a_role() -> None:
    assert "县委其他领导班子成员" in surfaces("督促县委其他领导班子成员履行防汛职责。", "county")


def test_the_groups_division_of_work_names_no_role() -> None:
    body = "第一条 乡（镇）人民政府应当明确防汛职责。领导班子成员分工调整的，应当及时修订职责清单。"
    assert holder_names(document(body, _TITLE), 1) == {"乡（镇）人民政府"}


def test_a_pairs_leading_group_is_the_named_leader_set() -> None:
    body = (
        "第一条 党政领导干部应当履行防汛职责。\n"
        "第二条 党政领导干部在防汛工作中失职的，由县纪委监委追究责任。\n"
        "第三条 乡（镇）领导班子成员应当每年向县委报告防汛工作。"
    )
    graph = document(body, _TITLE)
    assert "乡（镇）领导班子成员" in organ_named(graph, "党政领导干部").aliases
    assert not any(name.endswith("领导班子成员") for name in names(graph))


def test_the_leader_set_sits_in_the_spanning_pair_not_a_relative_one() -> None:
    body = (
        "第一条 各级党委和政府应当加强防汛工作领导。\n"
        "第二条 上级党委和政府应当督促下级党委和政府落实防汛责任。\n"
        "第三条 党政领导干部应当带头检查防汛工作。"
    )
    assert ("党政领导干部", "各级党委和政府") in edges(document(body, _TITLE), "PART_OF")


def test_the_leader_set_sits_in_the_pair_its_definition_names() -> None:
    body = (
        "第一条 本办法适用于县级以上地方各级党委和政府领导班子成员（以下统称地方党政领导干部）。\n"
        "第二条 地方各级党委和政府对本地区防汛工作负总责。\n"
        "第三条 县级以上地方各级党委和政府应当建立防汛责任制度。\n"
        "第四条 地方党政领导干部应当带头检查防汛工作。"
    )
    assert ("地方党政领导干部", "县级以上地方各级党委和政府") in edges(document(body, _TITLE), "PART_OF")


def test_a_sanction_offered_after_a_milder_measure_supervises() -> None:
    body = (
        "第一条 乡（镇）领导班子成员在防汛工作中失职失责的，由任免机关给予诫勉、组织处理或者处分。\n"
        "第二条 县人民政府应当加强防汛监督。"
    )
    assert ("任免机关", "乡（镇）领导班子成员") in edges(document(body, _TITLE), "SUPERVISES")
