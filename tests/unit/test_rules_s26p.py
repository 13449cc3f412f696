"""Round 75 (clause subjects that gave no duty): a government body named by the case it handles
(受理投诉的部门应当…) holds its clause's duty as an agency; a 单位 named by the work it does or
undergoes (检测单位, 被检查单位, 电梯使用单位) is a regulated actor where it opens its clause before a
modal, but not 本单位 / 下列单位 (units named elsewhere) nor 任何单位 (the public)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named

TITLE = "某某市城市供水管理条例"


def test_body_named_by_the_case_it_handles_holds_the_duty() -> None:
    graph = document("第十条 受理投诉的部门应当在十五日内答复投诉人。", TITLE)
    assert holder_names(graph, 10) == {"受理投诉的部门"}
    assert organ_named(graph, "受理投诉的部门").kind == "agency"


def test_authority_named_by_its_decision_holds_the_duty() -> None:
    graph = document("第十条 作出停水决定的机关应当提前告知用水户。", TITLE)
    assert holder_names(graph, 10) == {"作出停水决定的机关"}


def test_unit_named_by_a_verb_it_does_holds_the_duty() -> None:
    graph = document("第十条 水质检测单位应当如实出具检测报告。", TITLE)
    assert holder_names(graph, 10) == {"水质检测单位"}


def test_unit_named_by_what_it_undergoes_holds_the_duty() -> None:
    graph = document("第十条 被检查单位应当如实提供有关资料。", TITLE)
    assert holder_names(graph, 10) == {"被检查单位"}


def test_unit_named_by_what_it_uses_holds_the_duty() -> None:
    graph = document("第十条 二次供水设施使用单位应当定期清洗水箱。", TITLE)
    assert holder_names(graph, 10) == {"二次供水设施使用单位"}


def test_any_unit_is_the_public_not_an_actor() -> None:
    graph = document("第十条 任何单位不得擅自改装供水设施。", TITLE)
    assert "任何单位" not in holder_names(graph, 10)


def test_this_or_listed_units_point_elsewhere() -> None:
    graph = document("第十条 本单位应当保障供水安全。下列单位应当建立值班制度：", TITLE)
    assert not {"本单位", "下列单位"} & holder_names(graph, 10)
