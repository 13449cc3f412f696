"""Round 115 (reports to 本级人民政府 from a department of a set spanning levels): the bare department a text
defines as the department of 县级以上地方人民政府 (以下称X部门), or names over that local set far more often
than over 县级以上人民政府, answers to the local set; a name marked local (地方X机构) answers to the one
地方 set of governments the text names; a bare name that also covers a central member (国务院办公厅X机构) still
answers to the widest set. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某设施管理条例"


def test_a_bare_department_defined_over_the_local_set_reports_to_the_local_governments() -> None:
    graph = document(
        "第三条 县级以上地方人民政府应当加强对灌溉工作的领导。"
        "县级以上地方人民政府灌溉主管部门（以下称灌溉主管部门）负责本行政区域内灌溉设施的管理工作。"
        "\n第九条 灌溉主管部门应当编制灌溉设施建设规划，报本级人民政府批准后组织实施。"
        "\n第二十条 县级以上人民政府灌溉主管部门应当会同有关部门制定应急预案。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("灌溉主管部门", "县级以上地方人民政府") in reports
    assert not any(target == "县级以上人民政府" for _, target in reports)


def test_a_bare_department_printed_mostly_over_the_local_set_reports_to_the_local_governments() -> None:
    graph = document(
        "第三条 县级以上人民政府应当加强对灌溉设施工作的领导。县级以上地方人民政府应当保障经费。"
        "县级以上地方人民政府灌溉设施主管部门负责本行政区域内灌溉设施的监督管理。"
        "\n第四条 县级以上地方人民政府灌溉设施主管部门应当组织巡查。"
        "\n第五条 县级以上地方人民政府灌溉设施主管部门应当建立档案。"
        "\n第九条 在灌溉期内，经本级人民政府批准，灌溉设施主管部门可以限制取水。"
        "\n第二十条 县级以上人民政府灌溉设施主管部门应当会同有关部门制定应急预案。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert any(target == "县级以上地方人民政府" for _, target in reports)
    assert not any(target == "县级以上人民政府" for _, target in reports)


def test_a_bare_department_with_a_central_member_still_reports_to_the_widest_set() -> None:
    graph = document(
        "第三条 国务院办公厅灌溉督查机构负责全国灌溉督查工作。"
        "县级以上地方人民政府灌溉督查机构负责本行政区域内的灌溉督查工作。"
        "县级以上人民政府应当支持灌溉督查工作。"
        "\n第九条 灌溉督查机构应当将督查结果报告本级人民政府。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert any(target == "县级以上人民政府" for _, target in reports)
    assert not any(target == "县级以上地方人民政府" for _, target in reports)


def test_a_name_marked_local_reports_to_the_local_set_of_governments() -> None:
    graph = document(
        "第三条 县级以上人民政府应当加强灌溉督导。"
        "县级以上地方人民政府灌溉委员会在本级人民政府领导下开展督导，其办公室（以下统称地方灌溉督导机构）"
        "承担具体实施工作。"
        "\n第九条 地方灌溉督导机构应当制定年度督导计划，报本级人民政府同意后实施。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("地方灌溉督导机构", "县级以上地方人民政府") in reports
    assert not any(target in ("县级以上人民政府", "本级人民政府") for _, target in reports)


def test_a_pledge_signed_with_no_object_after_the_article_names_the_pledge() -> None:
    graph = document(
        "第十条 灌溉安全责任书实行逐级签订。县人民政府与乡镇人民政府签订，乡镇人民政府与村民委员会签订。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县人民政府") in reports
    assert ("村民委员会", "乡镇人民政府") in reports


def test_a_signing_with_no_pledge_in_the_article_gives_no_report() -> None:
    graph = document("第十条 县人民政府与乡镇人民政府签订，共同维护灌溉设施。", _TITLE)
    assert not edges(graph, "REPORTS_TO")


def test_a_pledging_party_picked_by_ge_or_suoxia_reports_to_the_signer() -> None:
    graph = document(
        "第十条 市人民政府与各县人民政府签订灌溉目标责任书。\n第十一条 县人民政府与所辖乡镇人民政府签订灌溉责任书。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县人民政府", "市人民政府") in reports
    assert ("乡镇人民政府", "县人民政府") in reports


def test_hearing_and_evaluating_a_work_report_is_a_report_to_the_hearer() -> None:
    graph = document("第二十条 镇人民代表大会主席团应当听取和评议镇人民政府的年度工作报告。", _TITLE)
    assert ("镇人民政府", "镇人民代表大会主席团") in edges(graph, "REPORTS_TO")
