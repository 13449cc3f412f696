"""Round 51 (REPORTS_TO recall): sentences written for these rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_proposal_to_sanction_is_no_report_under_the_gate() -> None:
    # 建议X(依法)给予处分 / 建议X对Y给予处分: a proposal to the body that decides, a REPORTS_TO
    graph = document(
        "第一条 县审计机关发现有关单位违反规定的，应当责令改正，并建议监察机关依法给予处分。\n"
        "第二条 市农业农村部门应当纠正违法行为；情节严重的，建议有关主管部门对负责人给予行政处分。",
        "某市森林资源保护条例",
    )
    reports = edges(graph, "REPORTS_TO")
    # session 38 gate: 建议X给予处分 is no README trigger
    assert ("县审计机关", "监察机关") not in reports
    assert ("市农业农村部门", "有关主管部门") not in reports


def test_proposal_without_a_sanction_is_advice() -> None:
    # 建议X加大投入 proposes no sanction; 督促或者建议X履行职责 keeps X the oversight object
    graph = document(
        "第一条 市科技部门应当建议市人民政府加大投入。\n第二条 市人民政府应当督促或者建议有关部门履行法定职责。",
        "某市森林资源保护条例",
    )
    assert edges(graph, "REPORTS_TO") == set()
    assert ("市人民政府", "有关部门") in edges(graph, "SUPERVISES")


def test_proposal_on_a_case_or_a_post_is_no_report_under_the_gate() -> None:
    # 提出查处建议 / 对…的任免，向X提出建议: asking X to decide a case or a post, a submission to X
    graph = document(
        "第一条 县城管执法部门可以向乡、镇人民政府提出查处建议。\n"
        "第二条 县教育督导机构对学校负责人的任免，可以向有关部门提出建议。",
        "某市城市管理条例",
    )
    reports = edges(graph, "REPORTS_TO")
    # session 38 gate: 提出建议 is no README trigger
    assert ("县城管执法部门", "乡、镇人民政府") not in reports
    assert ("县教育督导机构", "有关部门") not in reports


def test_proposal_on_other_matters_is_advice() -> None:
    # 对…的规划，向X提出建议: no decision on a case or a person asked of X
    graph = document("第一条 县教育督导机构对学校的布局规划，可以向有关部门提出建议。", "某市城市管理条例")
    assert edges(graph, "REPORTS_TO") == set()


def test_report_to_its_own_superior() -> None:
    # 报其主管部门备案 / 提请其所在单位给予处分: 其 between the report verb and the organ names the
    # reporter's own body; the report still goes to that organ
    graph = document(
        "第一条 县供水单位应当编制应急预案，并报其主管部门备案。\n第二条 县人民武装部可以提请其上级主管部门给予处分。",
        "某市供水管理条例",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县供水单位", "主管部门") in reports
    assert ("县人民武装部", "上级主管部门") in reports


def test_pledge_with_the_organs_just_named() -> None:
    # …分解落实到A，与其签订责任书: 其 is A, printed in the piece before; the lower level pledges
    graph = document("第一条 省人民政府应当将任务分解落实到市人民政府，与其签订目标责任书。", "某省乡村振兴条例")
    assert ("市人民政府", "省人民政府") in edges(graph, "REPORTS_TO")


def test_pledge_with_no_antecedent_gives_no_edge() -> None:
    # 与其 after a piece that names only the holder: no self-pledge
    graph = document("第一条 省人民政府应当制定方案，与其签订目标责任书。", "某省乡村振兴条例")
    assert edges(graph, "REPORTS_TO") == set()
