"""Relation rules of session 14c (为X提供技术指导, a bare 报X, sanction items, 发现X…的 督办, 向X通报 and
对X提出的 as no object), on sentences written for the test: none comes from the seeds or the
development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某市基层治理办法") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_provided_guidance_goes_to_the_organs_after_wei() -> None:
    graph = _doc("第一条 县人民政府及其有关部门应当为乡镇人民政府提供必要的经费、技术指导和协助。\n")
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "GUIDES")
    assert ("县人民政府有关部门", "乡镇人民政府") in edges(graph, "GUIDES")
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "ASSISTS")


def test_guidance_provided_for_a_thing_is_no_edge() -> None:
    graph = _doc("第一条 县农业农村主管部门应当为乡镇人民政府的农田建设提供技术指导。\n")
    assert not edges(graph, "GUIDES")


def test_bare_bao_clause_is_a_submission() -> None:
    graph = _doc("第一条 市民政部门应当对申请材料进行审查，提出评定意见，并报市人民政府。\n", "某市烈士褒扬办法")
    assert ("市民政部门", "市人民政府") in edges(graph, "REPORTS_TO")


def test_bao_then_an_act_of_the_organ_is_a_submission() -> None:
    # round 92: 报X + X's own act (组织复核) submits to X, the dev annotations' majority reading
    graph = _doc("第一条 市民政部门应当对申请材料进行审查，并报市人民政府组织复核。\n", "某市烈士褒扬办法")
    assert ("市民政部门", "市人民政府") in edges(graph, "REPORTS_TO")


def test_sanction_items_name_the_sanctioned_bodies() -> None:
    graph = _doc(
        "第一条 违反本办法规定，有下列行为之一的，由上级机关责令改正：\n"
        "（一）县人民政府有关部门拒不拨付工作经费的；\n"
        "（二）乡镇人民政府拒不公开财务收支的。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("上级机关", "县人民政府有关部门") in supervised
    assert ("上级机关", "乡镇人民政府") in supervised


def test_sanction_items_without_a_violation_name_no_one() -> None:
    graph = _doc(
        "第一条 违反本办法规定，有下列行为之一的，由上级机关责令改正：\n"
        "（一）乡镇人民政府的财务收支情况；\n"
        "（二）村民委员会的选举情况。\n"
    )
    assert ("上级机关", "乡镇人民政府") not in edges(graph, "SUPERVISES")


def test_organs_found_at_fault_are_supervised() -> None:
    graph = _doc("第一条 市人民政府发现县人民政府不履行河道管护职责，拖延整改的，应当及时督办。\n")
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")


def test_found_at_fault_with_an_informed_organ_is_no_supervision() -> None:
    graph = _doc("第一条 市人民政府发现县人民政府不履行河道管护职责的，应当及时通报市水务部门。\n")
    assert ("市人民政府", "县人民政府") not in edges(graph, "SUPERVISES")


def test_informed_organ_is_no_report_target() -> None:
    graph = _doc("第一条 区应急管理部门应当向区公安机关通报险情，并向区人民政府报告。\n")
    reports = edges(graph, "REPORTS_TO")
    assert ("区应急管理部门", "区人民政府") in reports
    assert ("区应急管理部门", "区公安机关") not in reports


def test_proposer_of_a_sanction_proposal_is_no_object() -> None:
    graph = _doc("第一条 对区审计机关提出的追究责任的建议，区人民政府应当及时研究处理。\n")
    assert ("区人民政府", "区审计机关") not in edges(graph, "SUPERVISES")
