"""Round 97 (State Council supervision, 3rd): the staff who inspect (检查人员, 督导人员) work for the
overseeing body, never for the unit named last before them (the unit inspected)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_inspectors_are_not_staff_of_the_unit_inspected() -> None:
    graph = document(
        "第一条 市商务主管部门对辖区内的冷链仓储单位进行抽查，被抽查的仓储单位应当如实提供台账。"
        "检查人员进行抽查时，应当出示证件。",
        "某市冷链食品仓储监督办法",
    )
    part_of = edges(graph, "PART_OF")
    assert not {source for source, target in part_of if source.endswith("检查人员") and "仓储单位" in target}
    # round 101: the inspectors, subject of their clause, sit in the department that inspects (explicit)
    assert ("检查人员", "市商务主管部门") in part_of


def test_a_units_own_staff_still_belong_to_it() -> None:
    graph = document(
        "第一条 冷链仓储单位应当对其从业人员进行培训，从业人员应当遵守操作规程。",
        "某市冷链食品仓储监督办法",
    )
    assert ("从业人员", "冷链仓储单位") in edges(graph, "PART_OF")


def test_a_proposed_award_is_no_report_under_the_gate() -> None:
    # 表彰/奖励 is the reward half of 奖惩: the body asked decides it, a REPORTS_TO as 提出处理建议
    graph = document(
        "第一条 对节水成效突出的灌区管理单位，市水务监督机构可以向市人民政府提出表彰奖励的建议。",
        "某市灌区节水监督办法",
    )
    # session 38 gate: 提出…的建议 is no README trigger
    assert ("市水务监督机构", "市人民政府") not in edges(graph, "REPORTS_TO")


def test_the_pronoun_object_of_an_oversight_verb_is_the_organ_named_before() -> None:
    # 指导Y…，定期对其…进行检查: 其 is Y, which the holder also oversees
    graph = document(
        "第一条 市文物主管部门指导区文物主管部门开展巡护工作，定期对其巡护记录进行检查。",
        "某市古道保护办法",
    )
    assert ("市文物主管部门", "区文物主管部门") in edges(graph, "SUPERVISES")


def test_a_pronoun_clause_naming_its_own_organ_is_left_to_the_other_rules() -> None:
    # 其 of a clause that names no organ before it: no edge
    graph = document(
        "第一条 市文物主管部门应当组织志愿者参与巡护，并对其巡护活动进行监督。",
        "某市古道保护办法",
    )
    assert not edges(graph, "SUPERVISES")
