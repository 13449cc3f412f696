"""Round 98 (khjg): who sends an assessment result on (考核结果报送X / 考核结果经Y审定后报Z)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

TITLE = "某市河长制工作规定"


def test_result_sent_to_organisation_department_is_the_organisers() -> None:
    # 具体工作由Y组织实施。考核结果报送组织部: the organiser hands it on, not the assessing party committee
    body = (
        "第一条 市委、市政府对区党委和政府河长制工作实行年度考核，具体工作由市河长制办公室组织实施。\n"
        "考核结果报送市委组织部，作为区领导干部综合考核评价的重要依据。"
    )
    reports = edges(document(body, TITLE), "REPORTS_TO")
    assert ("市河长制办公室", "市委组织部") in reports
    assert ("市委、市政府", "市委组织部") not in reports


def test_result_piece_after_subjectless_sentence_is_the_organisers() -> None:
    # the assessor is the receiver and the leader the approver: the organising units send the result,
    # also when the result piece follows subjectless pieces of its own sentence
    body = (
        "第一条 市委、市政府建立对区党委和政府的河长制工作考核制度。考核工作由市总河长统一领导，"
        "市委组织部、市河长制办公室具体组织实施，市级有关部门按照职责提供考核数据。\n"
        "考核每年开展一次，采取实地核查和群众评议相结合的方式，考核结果经市总河长审定后报市委、市政府。"
    )
    reports = edges(document(body, TITLE), "REPORTS_TO")
    assert ("市河长制办公室", "市委、市政府") in reports
    assert ("市委组织部", "市总河长") in reports
    assert ("市级有关部门", "市委、市政府") not in reports
