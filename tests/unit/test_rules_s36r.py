"""Round 117 (所在单位 / 上级主管部门 as the sanctioning body): a sanctioned person whose own unit is printed
second, after its upper authority (X…的，由其上级主管部门或者所在单位给予处分), is read as in the usual order
(由其所在单位或者上级主管部门): the person is a role, each agent oversees it and it sits in 所在单位; a body
sanctioned in that order folds the unit into itself. 上级主管部门、单位 is one set, as 上级机关、单位 is. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市湿地保护条例"


def test_a_person_sanctioned_by_its_upper_authority_or_own_unit_is_a_role() -> None:
    graph = document(
        "第三十条 负责湿地保护的国家工作人员玩忽职守、滥用职权的，由其上级主管部门或者所在单位给予行政处分。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("所在单位", "国家工作人员") in supervised
    assert ("上级主管部门", "国家工作人员") in supervised
    assert ("国家工作人员", "所在单位") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "给予行政处分") == {"上级主管部门", "所在单位"}


def test_the_unit_after_an_upper_organ_joined_by_a_comma_mark_reads_the_same() -> None:
    graph = document(
        "第三十条 从事湿地监测工作的人员弄虚作假的，由其上级机关、所在单位依法给予处分。",
        _TITLE,
    )
    assert ("所在单位", "从事湿地监测工作的人员") in edges(graph, "SUPERVISES")
    assert ("从事湿地监测工作的人员", "所在单位") in edges(graph, "PART_OF")


def test_a_body_before_its_upper_authority_and_own_unit_is_no_person() -> None:
    graph = document(
        "第三十条 市湿地保护主管部门不履行监督职责的，由其上级主管部门或者所在单位责令改正。",
        _TITLE,
    )
    assert not any(target == "国家工作人员" for _, target in edges(graph, "SUPERVISES"))


def test_a_body_sanctioned_by_its_upper_authority_or_own_unit_folds_the_unit_into_itself() -> None:
    graph = document(
        "第三十条 市湿地保护主管部门及其工作人员玩忽职守的，由其上级主管部门或者所在单位给予行政处分。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {("上级主管部门", "市湿地保护主管部门")}
    assert holders_of_duty(graph, "给予行政处分") == {"上级主管部门", "市湿地保护主管部门"}


def test_the_staff_of_a_body_keep_the_unit_printed_second_apart_without_an_edge() -> None:
    graph = document(
        "第三十条 市湿地保护主管部门的工作人员玩忽职守的，由其上级主管部门或者所在单位给予行政处分。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {("上级主管部门", "市湿地保护主管部门")}
    assert holders_of_duty(graph, "给予行政处分") == {"上级主管部门", "所在单位"}


def test_an_upper_competent_department_or_unit_is_one_sanctioning_set() -> None:
    graph = document(
        "第三十条 违反本条例规定，有下列行为之一的，对负有责任的主管人员和其他直接责任人员，"
        "由其上级主管部门、单位或者监察机关依法给予处分：\n（一）不执行湿地补水调度的；\n（二）虚报监测数据的。",
        _TITLE,
    )
    assert holders_of_duty(graph, "依法给予处分") == {"上级主管部门、单位", "监察机关"}
