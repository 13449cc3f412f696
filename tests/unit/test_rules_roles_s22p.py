"""Role rules of session 23 (round 35, roles and their PART_OF): 国家工作人员 keeps its name and sits in no
central body where the document names 国务院; a field leader printed bare (分管X的负责人) is a role of the
unit or collective body its clause speaks of. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某省渔业资源保护条例"


def test_state_functionaries_are_not_the_state_councils_staff() -> None:
    body = (
        "第一条 国务院渔业主管部门负责全国渔业资源保护的指导工作。\n"
        "第二条 国家工作人员违反本条例规定，有下列行为之一的，由渔业主管部门提出处理意见，"
        "所在单位或其上级主管机关给予行政处分：（一）擅自发放捕捞许可的。\n"
    )
    graph = document(body, _TITLE)
    assert "国家工作人员" in names(graph)
    assert "国务院工作人员" not in names(graph)
    assert ("国家工作人员", "国务院") not in edges(graph, "PART_OF")


def test_a_bare_field_leader_is_the_units_deputy() -> None:
    body = (
        "第一条 渔业捕捞单位主要负责人对本单位的渔业安全工作全面负责；"
        "分管渔业安全的负责人协助主要负责人开展安全检查。\n"
    )
    graph = document(body, _TITLE)
    assert ("分管渔业安全的负责人", "渔业捕捞单位") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "协助主要负责人") == {"分管渔业安全的负责人"}


def test_a_bare_field_leader_of_a_collective_body() -> None:
    body = (
        "第一条 各级党委和政府主要负责人是本地区渔业资源保护第一责任人；"
        "分管渔业资源保护工作的负责人协助主要负责人抓好日常工作。\n"
    )
    graph = document(body, _TITLE)
    assert ("分管渔业资源保护工作的负责人", "各级党委和政府") in edges(graph, "PART_OF")


def test_a_field_leader_listed_after_including() -> None:
    text = "渔业捕捞单位的其他负责人包括分管渔业安全的负责人或者安全总监。"
    assert "分管渔业安全的负责人" in surfaces(text)


def test_in_charge_of_inside_a_clause_stays_a_verb() -> None:
    body = "第一条 县人民政府指定一名副县长分管渔业安全的负责人考核工作。\n"
    assert "分管渔业安全的负责人" not in names(document(body, _TITLE))


def test_a_units_field_leader_is_its_role() -> None:
    body = "第一条 渔业捕捞单位分管渔业安全的负责人协助主要负责人履行安全职责。\n"
    graph = document(body, _TITLE)
    assert ("渔业捕捞单位分管渔业安全的负责人", "渔业捕捞单位") in edges(graph, "PART_OF")
