"""Relation rules of session 13 (round g): 做好X…管理工作 / 组织开展X…考核 put the supervised organs
before the oversight noun; …的，由Z对其R提出组织调整意见 (and every 由Z…其R frame of a sentence) makes Z
supervise each opening body's role; 接受X对Y工作的监督 and 接受X民主监督 are oversight by X; 对X…进行评价
is oversight. On sentences written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省防汛抗旱责任制实施办法") -> DocumentGraph:
    return document(body, title)


def test_doing_the_management_work_of_named_bodies_supervises_them() -> None:
    graph = _doc("第一条 省委组织部会同省水利厅做好驻村第一书记选派管理工作。\n")
    supervised = edges(graph, "SUPERVISES")
    assert ("省委组织部", "第一书记") in supervised
    assert ("省水利厅", "第一书记") in supervised


def test_organising_the_assessment_of_a_body_supervises_it() -> None:
    graph = _doc("第一条 省防汛抗旱指挥部办公室负责组织开展县级人民政府防汛责任落实情况考核。\n")
    assert ("省防汛抗旱指挥部办公室", "县级人民政府") in edges(graph, "SUPERVISES")


def test_doing_work_with_no_organ_before_the_noun_is_no_edge() -> None:
    graph = _doc("第一条 县级人民政府应当做好本行政区域内堤防的日常管理工作。\n")
    assert not edges(graph, "SUPERVISES")


_BODIES = "第一条 市级党委和政府、县级党委和政府应当落实防汛抗旱责任。\n"


def test_proposal_of_organisational_adjustment_targets_each_bodys_role() -> None:
    graph = _doc(
        _BODIES + "第二条 市级党委和政府、县级党委和政府防汛考核不合格的，由省防汛抗旱指挥部约谈其党政主要负责人；"
        "连续两年不合格的，由省委组织部按照干部管理权限对其党政主要负责人提出组织调整意见。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    for agent in ("省防汛抗旱指挥部", "省委组织部"):
        assert {t for s, t in supervised if s == agent} == {"市级党委和政府主要负责人", "县级党委和政府主要负责人"}


def test_fronted_their_with_no_role_is_no_edge() -> None:
    graph = _doc(_BODIES + "第二条 市级党委和政府防汛考核不合格的，由省委组织部对其进行通报。\n")
    assert not [t for s, t in edges(graph, "SUPERVISES") if t.endswith("负责人")]


def test_accepting_oversight_of_named_work_is_supervision() -> None:
    graph = _doc("第一条 县级人民政府应当接受市人民政府对防汛抗旱工作的检查。\n")
    assert ("市人民政府", "县级人民政府") in edges(graph, "SUPERVISES")


def test_accepting_democratic_oversight_is_supervision() -> None:
    graph = _doc("第一条 县级人民政府应当主动接受同级人民代表大会常务委员会民主监督。\n")
    # 同级 of 县级人民政府 is named with its level words (relations s22s)
    assert ("县级人民代表大会常务委员会", "县级人民政府") in edges(graph, "SUPERVISES")


def test_evaluating_named_bodies_is_no_supervision_under_the_gate() -> None:
    graph = _doc("第一条 省人民政府每年对省水利厅、省应急管理厅履行防汛职责情况进行评价。\n")
    supervised = edges(graph, "SUPERVISES")
    # session 38 gate: 评价 is no README trigger
    assert not {("省人民政府", "省水利厅"), ("省人民政府", "省应急管理厅")} & supervised
