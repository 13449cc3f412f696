"""Organ rules of session 13 (round e): bracketed level words listed before one body (市(州)、县(市、区)X);
a party body's 书记; a department set with a bracketed second kind (有关部门(单位)); a 、 list of whole
department names before 等部门; 各级X / 中央X of a fixed name as organs of their own. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def _doc(body: str, title: str = "江苏省农村人居环境整治责任制规定") -> DocumentGraph:
    return document(body, title)


def test_bracketed_level_words_share_one_body() -> None:
    graph = _doc("第一条 市（州）、县（市、区）农村厕所改造领导小组应当每季度召开一次会议。\n")
    assert holder_names(graph, 1) == {"市（州）农村厕所改造领导小组", "县（市、区）农村厕所改造领导小组"}


def test_bracketed_level_words_as_bare_bodies() -> None:
    graph = _doc(
        "第一条 市（州）党委和政府、县（市、区）党委和政府应当把改厕纳入年度考核。\n"
        "第二条 承担试点任务的市（州）、县（市、区）应当编制年度改厕计划。\n"
    )
    assert holder_names(graph, 2) == {"市（州）党委和政府", "县（市、区）党委和政府"}


def test_party_secretary_is_a_role_of_its_body() -> None:
    graph = _doc(
        "第一条 县（市、区）党委书记应当每半年专题调度一次改厕工作。\n第二条 村党组织书记要带头宣传垃圾分类。\n"
    )
    assert holder_names(graph, 1) == {"县（市、区）党委书记"}
    assert holder_names(graph, 2) == {"村党组织书记"}
    assert organ_named(graph, "县（市、区）党委书记").kind == "individual_role"


def test_secretary_without_its_body_is_no_role() -> None:
    assert surfaces("建立省市县乡村五级书记抓人居环境整治的机制。") == []
    found = surfaces("驻村第一书记应当参与村庄清洁行动。")
    assert "第一书记" in found and "驻村第一书记" not in found


def test_bracketed_second_kind_is_part_of_the_set_name() -> None:
    graph = _doc("第一条 省直有关部门（单位）应当每年报告人居环境整治工作情况。\n")
    assert holder_names(graph, 1) == {"省直有关部门（单位）"}


def test_list_of_whole_department_names_before_deng() -> None:
    graph = _doc("第一条 省生态环境厅、省卫生健康委、省住房城乡建设厅等部门应当按照职责做好农村污水治理工作。\n")
    assert holder_names(graph, 1) == {"省生态环境厅", "省卫生健康委", "省住房城乡建设厅"}
    assert "省生态环境厅部门" not in names(graph)


def test_prefixed_fixed_names_are_organs_of_their_own() -> None:
    graph = _doc(
        "第一条 各级定点帮扶单位应当每年安排资金改善帮扶村人居环境。\n"
        "第二条 中央定点帮扶单位应当每年到帮扶村调研改厕工作。\n"
        "第三条 省直定点帮扶单位应当选派干部驻村。\n"
    )
    assert organ_named(graph, "各级定点帮扶单位").collective
    assert organ_named(graph, "中央定点帮扶单位").level == "central"
    assert not organ_named(graph, "省直定点帮扶单位").collective
