"""Relation rules of session 21 (round n): 负责X的(日常)管理和考核 puts the organs X under the holder's
oversight; 向所在X报告 reports to X (所在 qualifies the target); a subject list opening a sentence
(A人民政府B部门和负有…职责的有关部门应当…) shares its first member's body with the bare members.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某县山林巡护办法"


def test_the_organs_a_holder_is_charged_to_manage_are_supervised() -> None:
    body = (
        "第一条 县人民政府负责山林巡护工作。\n"
        "第二条 乡镇人民政府负责护林员的日常管理和考核，并做好巡护经费保障。\n"
        "第三条 乡镇人民政府负责村民委员会和护林员的管理。\n"
    )
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert ("乡镇人民政府", "护林员") in supervised
    assert ("乡镇人民政府", "村民委员会") in supervised


def test_a_thing_charged_to_manage_gives_no_edge() -> None:
    body = "第一条 县人民政府负责山林巡护工作。\n第二条 县林业主管部门负责护林员巡护区域内林木的日常管理。\n"
    assert not edges(document(body, _TITLE), "SUPERVISES")


def test_a_report_to_the_reporters_own_local_body() -> None:
    body = "第一条 县人民政府负责山林巡护工作。\n第二条 护林员巡护中发现盗伐林木的，应当及时向所在乡镇人民政府报告。\n"
    assert ("护林员", "乡镇人民政府") in edges(document(body, _TITLE), "REPORTS_TO")


def test_a_subject_list_shares_its_first_members_body() -> None:
    body = (
        "第一条 市人民政府林业主管部门负责全市山林巡护的监督管理。\n"
        "第二条 市人民政府林业主管部门和负有山林保护职责的有关部门收到火情报告后，应当立即报告市人民政府。\n"
    )
    reports = edges(document(body, "某市山林巡护条例"), "REPORTS_TO")
    assert ("市人民政府负有山林保护职责的有关部门", "市人民政府") in reports
    assert ("市人民政府林业主管部门", "市人民政府") in reports
    assert not any(source == "负有山林保护职责的有关部门" for source, _ in reports)


def test_a_list_after_a_comma_mid_sentence_is_not_a_subject_list() -> None:
    body = (
        "第一条 市人民政府负责山林巡护。\n"
        "第二条 市人民政府林业主管部门应当督促检查，对负有山林保护职责的有关部门给予指导。\n"
    )
    graph = document(body, "某市山林巡护条例")
    assert ("市人民政府林业主管部门", "负有山林保护职责的有关部门") in edges(graph, "GUIDES")
