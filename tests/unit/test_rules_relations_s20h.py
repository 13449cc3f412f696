"""Relation rules of session 28 (round h): a department named inside 国务院 where 国务院 is never printed on
its own and neither bears a duty nor ends a relation (a State Council regulation) sits in no body, as that
government is no node (genre rule 8); local governments, a government printed alone and a leader's post
keep the edge. 向X负责 answers to X as 对X负责 does. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_NATIONAL = "某某物品储运管理条例"


def test_departments_of_an_unprinted_government_sit_in_no_body() -> None:
    body = (
        "第一条 国务院交通运输主管部门负责全国物品储运的监督管理工作。"
        "省、自治区、直辖市人民政府交通运输主管部门负责本行政区域内物品储运的监督管理工作，"
        "并接受国务院交通运输主管部门的指导和监督。\n"
    )
    graph = document(body, _NATIONAL)
    parts = edges(graph, "PART_OF")
    assert not any(target == "国务院" for _, target in parts)
    assert "国务院" not in names(graph)
    guided = edges(graph, "GUIDES")
    assert ("国务院交通运输主管部门", "省、自治区、直辖市人民政府交通运输主管部门") in guided


def test_a_local_government_keeps_its_departments_even_idle() -> None:
    body = "第一条 市人民政府交通运输主管部门负责本市物品储运的监督管理工作。\n"
    assert ("市人民政府交通运输主管部门", "市人民政府") in edges(document(body, "某市物品储运管理办法"), "PART_OF")


def test_an_acting_government_keeps_its_departments() -> None:
    body = "第一条 国务院统一领导全国物品储运工作。国务院交通运输主管部门负责全国物品储运的监督管理工作。\n"
    assert ("国务院交通运输主管部门", "国务院") in edges(document(body, _NATIONAL), "PART_OF")


_LOCAL = "某市住宅小区管理办法"


def test_answering_to_a_body_with_xiang_is_no_report_under_the_gate() -> None:
    body = (
        "第一条 街道办事处负责本辖区住宅小区管理的指导工作。\n"
        "第二条 物业服务企业接受街道办事处指导，向业主委员会负责，按照合同提供服务。"
        "街道办事处向业主委员会通报年度工作安排。\n"
    )
    reports = edges(document(body, _LOCAL), "REPORTS_TO")
    # session 38 gate: 向X负责 is no README trigger
    assert ("物业服务企业", "业主委员会") not in reports
    assert ("街道办事处", "业主委员会") not in reports  # 通报 is no answering frame
