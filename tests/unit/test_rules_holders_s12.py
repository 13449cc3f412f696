"""Holder and PART_OF rules from the misses on the State Council regulations and the poverty
regulation of the dev set: every organ of a 分别会同 list, X或者其Y as two holders, a collective
named inside one body, and a fronted 对X before 由Y + an oversight verb. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names


def _doc(body: str, title: str = "某省森林防火条例") -> DocumentGraph:
    return document(body, title)


def test_every_organ_of_a_joint_list_is_a_holder() -> None:
    graph = _doc(
        "第一条 国务院林业主管部门分别会同国务院公安部门、气象部门、交通运输部门编制森林防火规划。\n"
        "第二条 县级以上人民政府林业主管部门应当会同气象、民政等部门开展火险监测。\n"
    )
    assert holder_names(graph, 1) == {"国务院林业主管部门", "国务院公安部门", "国务院气象部门", "国务院交通运输部门"}
    # 国务院 itself never acts here: no node, so its departments sit in no body (s20h, gw-aqxk/gw-jianshe gold)
    assert ("国务院交通运输部门", "国务院") not in edges(graph, "PART_OF")
    # every member of 会同气象、民政等部门 holds: the bare members are the lead's government's departments
    # (gold README genre rule 2: 会同 gives joint holders, 审计、财政等部门 → two; s14e), named as printed
    assert holder_names(graph, 2) == {"县级以上人民政府林业主管部门", "气象部门", "民政部门"}


def test_possessive_alternative_subject_bears_the_duty_too() -> None:
    graph = _doc(
        "第一条 县级以上人民政府或者其森林防火指挥机构应当及时发布火险预警。\n"
        "第二条 设区的市人民政府或者人民政府的林区综合协调机构应当组织扑救。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府", "森林防火指挥机构"}
    assert holder_names(graph, 2) == {"设区的市人民政府", "林区综合协调机构"}
    part_of = edges(graph, "PART_OF")
    assert ("森林防火指挥机构", "县级以上人民政府") in part_of
    assert ("林区综合协调机构", "设区的市人民政府") in part_of


def test_collective_named_inside_one_body_is_part_of_it() -> None:
    graph = _doc("第一条 国务院应当统筹森林防火工作，国务院有关部门按照职责做好森林防火工作。\n")
    relation = next(r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/国务院有关部门"))
    assert relation.target.endswith("/国务院") and not relation.implicit


def test_fronted_object_before_agent_is_supervised() -> None:
    graph = _doc(
        "第一条 省人民政府负责全省森林防火工作，设区的市人民政府负责本市森林防火工作，"
        "县人民政府负责本县森林防火工作。\n"
        "第二条 县级以上人民政府应当建立森林防火约谈制度。对防火责任落实不到位的下级人民政府和本级有关部门，"
        "由本级人民政府约谈其主要负责人。\n"
    )
    duties = [d.text for d in graph.duties if d.article == 2]
    assert any(t.startswith("对防火责任落实不到位") and "约谈" in t for t in duties)  # one duty
    supervises = {(r.source, r.target, r.implicit) for r in graph.relations if r.type == "SUPERVISES"}
    pairs = {(s.split("/")[1], t.split("/")[1]) for s, t, implicit in supervises if implicit}
    # 下级人民政府 of a collective spanning levels: each level over the one below (genre rule 4)
    assert ("省人民政府", "设区的市人民政府") in pairs and ("设区的市人民政府", "县人民政府") in pairs
    assert not any(s.endswith("/县级以上人民政府") and implicit for s, _, implicit in supervises)
