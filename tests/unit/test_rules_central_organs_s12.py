"""Organ recognition and resolution rules from the misses on the State Council regulations of the
dev set: two bodies joined by 和, the residents' committee on its own, one function before 等部门,
a bare function resolved to the collective of every level, 协调机构, verbs before a body and
主要领导人. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def _doc(body: str, title: str = "某省节约用水条例") -> DocumentGraph:
    return document(body, title)


def test_two_bodies_joined_by_he_are_two_organs() -> None:
    graph = _doc(
        "第一条 居民委员会和供水单位应当配合开展节水宣传。\n"
        "第二条 县级党委和人民政府应当加强领导，工业和信息化部门和财政部门应当提供保障。\n"
    )
    assert holder_names(graph, 1) == {"居民委员会", "供水单位"}
    # a fixed pair (党委和人民政府) and a function name holding 和 (工业和信息化) stay whole
    assert holder_names(graph, 2) == {"县级党委和人民政府", "工业和信息化部门", "财政部门"}
    assert surfaces("县级以上人民政府和有关部门应当节水。", "central") == ["县级以上人民政府", "有关部门"]
    assert surfaces("有关部门和单位应当节水。", "central") == ["有关部门和单位"]  # two unnamed sets: one collective


def test_residents_committee_is_a_village_body_of_its_own() -> None:
    graph = _doc("第一条 居民委员会应当协助做好节水宣传。\n第二条 村民委员会应当组织村民节水。\n")
    residents = organ_named(graph, "居民委员会")
    assert residents.level == "village"
    assert {"居民委员会", "村民委员会"} <= names(graph)


def test_one_function_before_deng_bumen_is_that_functions_department() -> None:
    graph = _doc("第一条 县级人民政府林业等部门应当做好护林工作。\n第二条 水利等部门应当定期巡查。\n")
    assert holder_names(graph, 1) == {"县级人民政府林业部门"}
    assert holder_names(graph, 2) == {"水行政主管部门"}  # the genre names the 水利 item so (lead decision)


def test_a_bare_function_stays_a_collective_of_its_own() -> None:
    # dev-set convention: a functional name printed without a level is one collective node at the
    # document's level, apart from the level-prefixed sets (tests/devset/README.md)
    graph = _doc(
        "第一条 县级以上人民政府林业主管部门负责本行政区域的护林工作。\n"
        "第二条 县级以上地方人民政府林业主管部门应当建立巡护制度。\n"
        "第三条 林业主管部门应当公布举报电话，有关部门应当予以配合。\n"
    )
    assert holder_names(graph, 3) == {"林业主管部门", "有关部门"}


def test_a_coordination_body_keeps_its_name() -> None:
    assert surfaces("由防汛抗旱综合协调机构负责调度。", "central") == ["防汛抗旱综合协调机构"]
    assert "协调有关部门" not in surfaces("市人民政府应当协调有关部门处理。", "central")


def test_verbs_before_a_body_open_no_name() -> None:
    assert surfaces("拒绝县级以上人民政府水行政主管部门检查的。", "central")[0] == "县级以上人民政府水行政主管部门"
    assert surfaces("邀请有关单位参加。", "central") == ["有关单位"]
    assert surfaces("邀请单位应当承担费用。", "central") == ["邀请单位"]  # the unit named by the act


def test_principal_leader_is_the_bodys_principal() -> None:
    graph = _doc("第一条 省人民政府主要领导人应当担任节水工作领导小组组长。\n")
    role = next(o for o in graph.organs if o.kind == "individual_role")
    assert "省人民政府主要领导人" in role.aliases
