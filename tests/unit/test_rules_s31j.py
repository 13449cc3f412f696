"""Round 100 (sanction edges, fourth round): a ;-part opened by the offence's consequence (造成严重后果的)
sanctions the offenders of the part before it; 由Y(对其)进行约谈 with no role printed is an interview of the
sanctioned body itself; 由上级河湖长… of the chiefs of every tier runs between the tiers the text names.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市水库安全管理责任规定"
_TIERS = "第一条 本省设立省级湖长、市级湖长、县级湖长和乡级湖长，分级负责湖泊管理保护工作。\n"


def test_a_consequence_part_sanctions_the_offenders_before_it() -> None:
    body = (
        "第一条 区水务局未按规定开展水库巡查的，由区人民政府责令改正；造成严重后果的，"
        "由任免机关或者监察机关对负有责任的领导人员依法给予处分。"
    )
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert ("区人民政府", "区水务局") in supervised
    assert {("任免机关", "区水务局"), ("监察机关", "区水务局")} <= supervised


def test_an_interview_with_no_role_reaches_the_sanctioned_body() -> None:
    graph = document("第一条 县人民政府未按期完成水库除险加固任务的，由市人民政府对其进行约谈。", _TITLE)
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")


def test_an_interview_of_a_role_stays_on_the_role() -> None:
    graph = document("第一条 县人民政府未按期完成水库除险加固任务的，由市人民政府对其主要负责人进行约谈。", _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府主要负责人") in supervised
    assert ("市人民政府", "县人民政府") not in supervised


def test_the_upper_chief_sanctions_each_tier_below() -> None:
    body = _TIERS + "第二条 湖长未按规定巡湖的，由上级湖长责令改正。"
    graph = document(body, "某省湖长制规定")
    supervised = edges(graph, "SUPERVISES")
    assert {("省级湖长", "市级湖长"), ("市级湖长", "县级湖长"), ("县级湖长", "乡级湖长")} <= supervised
    assert not any(source == "上级湖长" for source, _ in supervised)
    assert all(r.implicit for r in graph.relations if r.type == "SUPERVISES" and r.article == 2)


def test_an_interview_by_the_upper_chief_or_a_co_agent_reads_the_tiers() -> None:
    body = (
        _TIERS + "第二条 湖长有下列情形之一的，由上一级湖长或者本级总湖长对其进行约谈：\n"
        "（一）未按规定巡湖的；\n（二）问题整改不力的。"
    )
    supervised = edges(document(body, "某省湖长制规定"), "SUPERVISES")
    assert ("省级湖长", "市级湖长") in supervised
    assert not any(target == "湖长" for _, target in supervised)


def test_the_relative_chief_stays_where_no_tiers_are_named() -> None:
    graph = document("第一条 湖长未按规定巡湖的，由上级湖长责令改正。", "某省湖长制规定")
    assert ("上级湖长", "湖长") in edges(graph, "SUPERVISES")
