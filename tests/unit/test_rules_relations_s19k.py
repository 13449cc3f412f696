"""Relation rules of session 25 (round k): 向X提供…信息/情况/资料/数据 is a report to X from a body the sentence
names (not a ban, not the information as a noun, not help or services); …的，由Y追究(其)责任 makes Y oversee
the failing body, as 由Y责令改正 does (追究刑事责任 is the courts' and gives no edge). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市山林巡护条例"
_LEVELS = "第一条 市人民政府领导全市山林巡护工作。市林业主管部门负责全市山林巡护的日常工作。\n"


def test_information_provided_to_a_body_is_no_report_under_the_gate() -> None:
    body = _LEVELS + (
        "第二条 市气象部门、市水文部门应当及时向市林业主管部门提供降水和墒情等实时信息。"
        "市民政部门应当向受灾群众提供临时救助。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    # session 38 gate: 提供 is no README trigger
    assert ("市气象部门", "市林业主管部门") not in reports
    assert ("市水文部门", "市林业主管部门") not in reports
    assert not any(source == "市民政部门" for source, _ in reports)  # help, no information


def test_a_ban_on_providing_information_is_no_report() -> None:
    body = _LEVELS + (
        "第二条 市林业主管部门不得向巡护服务机构提供巡护人员的个人信息。"
        "巡护服务机构向市林业主管部门提供的巡护数据，应当真实、完整。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    assert ("市林业主管部门", "巡护服务机构") not in reports
    assert ("巡护服务机构", "市林业主管部门") not in reports  # 提供的: the data as a noun


def test_a_named_body_pursuing_responsibility_oversees_the_failing_body() -> None:
    body = _LEVELS + (
        "第二条 市林业主管部门未按照规定组织巡护的，由市人民政府依法追究其责任；"
        "构成犯罪的，由司法机关依法追究刑事责任。\n"
    )
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert ("市人民政府", "市林业主管部门") in supervised
    assert not any(source == "司法机关" for source, _ in supervised)
