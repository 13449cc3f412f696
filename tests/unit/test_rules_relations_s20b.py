"""Relation rules of session 26 (round b): X应当与Y…加强合作 / X建立健全与Y的…协作机制 makes the holder assist the
partner marked by 与, the cooperation word possibly in a later piece of the sentence (not 合作社, not two
other bodies' cooperation that the holder only arranges); 向X提供…资料 with X a regulated actor is no report.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市湿地保护条例"
_LEVELS = "第一条 市人民政府领导全市湿地保护工作。市林业主管部门负责全市湿地保护的日常工作。\n"


def test_partner_of_strengthened_cooperation_is_assisted() -> None:
    body = _LEVELS + (
        "第二条 市人民政府应当与相邻市人民政府和国家有关流域管理机构，在候鸟栖息地保护等方面加强合作。\n"
        "第三条 市林业主管部门建立健全与市公安机关的湿地执法协作机制。\n"
    )
    assists = edges(document(body, _TITLE), "ASSISTS")
    assert ("市人民政府", "相邻市人民政府") in assists
    assert ("市人民政府", "国家有关流域管理机构") in assists
    assert ("市林业主管部门", "市公安机关") in assists


def test_subject_list_with_partner_assists_it() -> None:
    body = _LEVELS + "第二条 市林业主管部门、市水行政主管部门与市公安机关应当加强湿地巡查协作。\n"
    assists = edges(document(body, _TITLE), "ASSISTS")
    assert ("市林业主管部门", "市公安机关") in assists
    assert ("市水行政主管部门", "市公安机关") in assists


def test_no_assistance_without_cooperation_or_for_arranged_partners() -> None:
    body = _LEVELS + (
        "第二条 市林业主管部门应当与市水行政主管部门共同编制湿地名录。\n"
        "第三条 市林业主管部门应当指导湿地管理机构与科研机构建立监测合作机制。\n"
        "第四条 市人民政府应当与农民专业合作社签订湿地管护协议。\n"
    )
    assists = edges(document(body, _TITLE), "ASSISTS")
    assert ("市林业主管部门", "市水行政主管部门") not in assists  # 共同编制: joint work, no 合作 word
    assert ("市林业主管部门", "科研机构") not in assists  # the cooperation of two other bodies
    assert not any(source == "市人民政府" for source, _ in assists)


def test_data_handed_to_a_regulated_actor_is_no_report() -> None:
    title = "某市燃气管道建设条例"
    body = (
        "第一条 市人民政府领导全市燃气管道建设工作。市住房和城乡建设主管部门负责燃气管道建设的监督管理。\n"
        "第二条 建设单位应当向施工单位提供地下管线资料。施工单位应当向市住房和城乡建设主管部门提供施工进度资料。\n"
    )
    reports = edges(document(body, title), "REPORTS_TO")
    assert ("建设单位", "施工单位") not in reports
    # session 38 gate: 提供 is no README trigger
    assert ("施工单位", "市住房和城乡建设主管部门") not in reports
