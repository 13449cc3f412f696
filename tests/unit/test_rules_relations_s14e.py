"""Relation rules of session 14 (relations helper, fifth round): an oversight verb followed by what it
found (对X巡视、考核等发现的问题) oversees no one; in X与Y签订责任书 the party of the lower level pledges,
whichever is the subject; a bare head listed with staff words in a sanction is no role to oversee; a
bare 报Y after a deadline (应当在三十日内报Y) is a submission. Each on a sentence written for the test:
none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省森林防火条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_problems_found_by_an_inspection_oversee_no_one() -> None:
    graph = _doc(
        "第一条 省人民政府负责全省森林防火工作。\n"
        "第二条 县人民政府对省人民政府督查、年度考核等发现的问题，应当组织整改。\n"
        "第三条 县人民政府林业主管部门对审计中发现的问题，应当及时纠正。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("县人民政府", "省人民政府") not in supervised
    assert not supervised


def test_oversight_of_a_body_still_counts_beside_found_problems() -> None:
    graph = _doc("第一条 县人民政府应当对乡镇人民政府进行考核，对考核发现的问题督促整改。\n")
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_lower_subject_pledges_to_the_higher_party() -> None:
    graph = _doc("第一条 乡镇人民政府每年与县人民政府签订森林防火目标责任书。\n")
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县人民政府") in reports
    assert ("县人民政府", "乡镇人民政府") not in reports


def test_higher_subject_receives_the_pledge() -> None:
    graph = _doc("第一条 县人民政府应当与乡镇人民政府签订森林防火目标责任书。\n")
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县人民政府") in reports
    assert ("县人民政府", "乡镇人民政府") not in reports


def test_unlevelled_members_pledge_to_the_headquarters() -> None:
    graph = _doc("第一条 市人民政府森林防火指挥部应当与成员单位、有防火任务的部门和单位签订森林防火责任书。\n")
    reports = edges(graph, "REPORTS_TO")
    assert ("成员单位", "市人民政府森林防火指挥部") in reports
    assert ("市人民政府森林防火指挥部", "成员单位") not in reports


def test_bare_head_listed_with_staff_is_no_oversight_target() -> None:
    graph = _doc(
        "第一条 县级以上人民政府林业主管部门未履行森林防火职责的，由本级人民政府责令改正；"
        "对主要负责人、直接负责的主管人员和其他直接责任人员依法给予处分。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("县级以上人民政府", "县级以上人民政府林业主管部门") in supervised
    assert not any("负责人" in target for _, target in supervised)


def test_head_of_a_named_body_stays_a_target() -> None:
    graph = _doc("第一条 市人民政府应当对县人民政府主要负责人进行考核。\n")
    assert ("市人民政府", "县人民政府主要负责人") in edges(graph, "SUPERVISES")


def test_submission_after_a_deadline_reports() -> None:
    graph = _doc(
        "第一条 县人民政府林业主管部门应当在三十日内报省人民政府林业主管部门。\n"
        "第二条 乡镇人民政府应当制定整改方案，在规定期限内报县人民政府，并向社会公开整改情况。\n"
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县人民政府林业主管部门", "省人民政府林业主管部门") in reports
    assert ("乡镇人民政府", "县人民政府") in reports


def test_organ_inside_a_submitted_thing_is_no_report_target() -> None:
    graph = _doc("第一条 县人民政府林业主管部门应当在三十日内报省人民政府林业主管部门的有关材料进行核对。\n")
    assert not edges(graph, "REPORTS_TO")
