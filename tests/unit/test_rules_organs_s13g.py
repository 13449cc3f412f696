"""Organ and holder rules of session 13 (round g): 单位主要负责人 after a named set of assisting units is
that set's head; 会同省X、省Y makes both joint holders; a 由Y按照权限，对X问责 part keeps its duty before a
later ;-part with its own 由W…问责; a bare role after another body's role in one list is that body's;
人大及其常委会 and 政协 are organs (政协委员 and 行政协议 are not); 本级X seen from a level-less body set
up at every level is the spanning collective's X; 派出单位 is the document's set of assisting units;
驻村第一书记 is 第一书记, and 工作队员的考核由Z… is Z's. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, names, surfaces


def _doc(body: str, title: str = "某省库区移民帮扶责任制实施细则") -> DocumentGraph:
    return document(body, title)


def test_unit_head_after_a_set_of_assisting_units_is_that_sets_head() -> None:
    graph = _doc(
        "第三条 省委、省政府对全省库区移民帮扶工作负总责。\n"
        "第四条 各级定点帮扶单位要选派驻村工作队和第一书记，加强对驻村工作队的日常管理。"
        "单位主要负责人每年到帮扶村走访。\n"
    )
    assert "各级定点帮扶单位主要负责人" in holder_names(graph, 4)
    assert "省委、省政府主要负责人" not in names(graph)
    assert ("各级定点帮扶单位主要负责人", "各级定点帮扶单位") in edges(graph, "PART_OF")


def test_every_joint_partner_printed_with_its_level_is_a_holder() -> None:
    graph = _doc("第三条 省民政厅会同省财政厅、省移民局做好库区移民补助资金分配工作。\n")
    assert holder_names(graph, 3) == {"省民政厅", "省财政厅", "省移民局"}


def test_agent_part_keeps_its_sanction_before_a_later_agent_part() -> None:
    graph = _doc(
        "第三条 县（市、区）发生重大移民安置事故的，由市纪委监委、市委组织部按照干部管理权限，"
        "对县（市、区）党委和政府主要负责人严肃问责；对市级有关部门领导干部，由市纪委监委按照干部管理权限进行问责。\n"
    )
    assert {"市纪委监委", "市委组织部"} <= holder_names(graph, 3)
    assert ("市委组织部", "县（市、区）党委和政府主要负责人") in edges(graph, "SUPERVISES")


def test_bare_role_after_a_bodys_role_in_one_list_is_that_bodys() -> None:
    graph = _doc(
        "第三条 发生移民群体性事件后，县人民政府主要负责人、分管负责人应当立即赶赴现场。\n"
        "第四条 省人民政府主要负责人和分管负责人应当每年听取移民工作汇报。\n"
    )
    assert {"县人民政府分管负责人", "省人民政府分管负责人"} <= names(graph)
    assert "分管负责人" not in names(graph)


def test_congress_with_its_standing_committee_and_cppcc_are_organs() -> None:
    assert "本级人大及其常委会" in surfaces("县人民政府应当接受本级人大及其常委会的监督，主动接受政协民主监督。")
    assert "政协" in surfaces("县人民政府应当主动接受政协民主监督。")
    assert "市政协" in surfaces("市政协应当组织委员视察移民安置点。")


def test_cppcc_members_and_administrative_agreements_are_no_organ() -> None:
    found = surfaces("可以邀请人大代表、政协委员参加督查，并依法履行行政协议。")
    assert not any("政协" in surface for surface in found)


def test_same_level_departments_seen_from_an_office_of_every_level() -> None:
    graph = _doc(
        "第三条 县级以上人民政府有关部门按照职责做好移民工作。\n"
        "第四条 移民工作办公室应当会同本级有关部门编制年度帮扶计划。\n"
    )
    assert holder_names(graph, 4) == {"移民工作办公室", "县级以上人民政府有关部门"}


def test_sending_unit_is_the_documents_set_of_assisting_units() -> None:
    graph = _doc(
        "第三条 驻村工作队应当定期向派出单位报告帮扶工作。\n"
        "第四条 各级定点帮扶单位承担帮扶责任，每年听取驻村工作队汇报。\n"
    )
    assert ("驻村工作队", "各级定点帮扶单位") in edges(graph, "REPORTS_TO")
    assert "派出单位" not in names(graph)


def test_sending_unit_stays_apart_without_a_set_of_assisting_units() -> None:
    graph = _doc("第三条 驻村工作队应当定期向派出单位报告帮扶工作。\n")
    assert "派出单位" in names(graph)


def test_village_first_secretary_is_the_first_secretary() -> None:
    graph = _doc("第三条 驻村第一书记要协助村民委员会制定帮扶计划。\n")
    assert holder_names(graph, 3) == {"第一书记"}


def test_team_members_appraisal_belongs_to_the_agent() -> None:
    graph = _doc("第三条 各级定点帮扶单位承担帮扶责任。\n第四条 驻村工作队员的考核由县委组织部组织实施。\n")
    assert holder_names(graph, 4) == {"县委组织部"}
