"""Round 120 (missing REPORTS_TO): 经X初审 is a review by X as 经X审查 is, and a report verb followed by
当地 names the reporter's local body as the target (报告当地X, 报当地X备案), as 向当地X and 报所在地X already
do; a second target named by its place (报告A和所在地B) joins the first. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某安全管理办法"


def test_a_report_to_the_local_body_after_the_verb_is_a_report() -> None:
    graph = document(
        "第二条 负有消防监督管理职责的部门负责本行政区域的安全监督管理工作。"
        "第三条 经营单位负责人接到隐患报告后，应当立即采取措施，并如实报告当地负有消防监督管理职责的部门。",
        _TITLE,
    )
    assert ("经营单位负责人", "负有消防监督管理职责的部门") in edges(graph, "REPORTS_TO")


def test_a_filing_with_the_local_body_is_a_report() -> None:
    graph = document(
        "第二条 负有河道监督管理职责的部门负责本行政区域的河道管理工作。"
        "第三条 养护单位应当制定养护方案，报当地负有河道监督管理职责的部门备案。",
        _TITLE,
    )
    assert ("养护单位", "负有河道监督管理职责的部门") in edges(graph, "REPORTS_TO")


def test_a_first_review_is_no_report_to_the_reviewer_under_the_gate() -> None:
    graph = document(
        "第二条 县人民政府文化主管部门提出的保护名录建议，经市人民政府文化主管部门初审后公布。",
        "某某保护办法",
    )
    # session 38 gate: 经X初审 is no README trigger
    assert ("县人民政府文化主管部门", "市人民政府文化主管部门") not in edges(graph, "REPORTS_TO")


def test_a_first_review_before_the_approval_keeps_only_the_approval_report() -> None:
    graph = document(
        "第二条 县人民政府文化主管部门应当提出保护名录建议，经市人民政府文化主管部门初审，报市人民政府批准后公布。",
        "某某保护办法",
    )
    reports = edges(graph, "REPORTS_TO")
    # session 38 gate: 经X初审 is no README trigger
    assert ("县人民政府文化主管部门", "市人民政府文化主管部门") not in reports
    assert ("县人民政府文化主管部门", "市人民政府") in reports


def test_a_second_target_of_its_place_joins_the_report() -> None:
    graph = document(
        "第二条 防汛抗旱指挥机构负责防汛工作。"
        "第三条 堤防管理单位发现险情的，应当立即报告市水行政主管部门和所在地防汛抗旱指挥机构。",
        "某某防汛办法",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("堤防管理单位", "市水行政主管部门") in reports
    assert ("堤防管理单位", "防汛抗旱指挥机构") in reports
