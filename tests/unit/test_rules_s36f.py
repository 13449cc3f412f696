"""Round 115 (errors shared by two independent annotations): a set named by the power it exercises
(行使…权的部门), an office named by its charge with 相关/有关
before its head (负责…的相关机构), riverside towns (沿河城镇) planning as the
governments they stand for, and a village or residents' committee that
helps with a work (协助做好…工作) and names no body as its object assists the township bodies holding a
duty earlier in the article (implicit ASSISTS). Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holders_of_duty, names, organ_named, short

_TITLE = "某某市古树名木保护条例"


def _assists(graph: DocumentGraph) -> set[tuple[str, str, bool]]:
    return {(short(r.source), short(r.target), r.implicit) for r in graph.relations if r.type == "ASSISTS"}


def test_a_committee_helping_with_a_work_assists_the_township_bodies_before_it() -> None:
    graph = document(
        "第五条 县（市、区）人民政府应当加强古树名木保护工作。\n\n"
        "乡（镇）人民政府、街道办事处应当做好本辖区内古树名木的日常巡查。\n\n"
        "村（居）民委员会应当协助做好本村古树名木的看护工作。",
        _TITLE,
    )
    assert ("村（居）民委员会", "乡（镇）人民政府、街道办事处", True) in _assists(graph)
    assert not any(source == "村（居）民委员会" and "县" in target for source, target, _ in _assists(graph))


def test_no_township_body_in_the_article_gives_no_edge() -> None:
    graph = document(
        "第六条 市林业主管部门负责古树名木的普查建档。\n\n村民委员会协助做好古树名木的看护工作。",
        _TITLE,
    )
    assert not any(source == "村民委员会" for source, _, _ in _assists(graph))


def test_a_township_body_helping_along_with_the_committee_is_left_alone() -> None:
    graph = document(
        "第七条 乡（镇）人民政府应当组织古树名木巡查。\n\n"
        "县林业主管部门负责古树名木的养护，乡（镇）人民政府和村民委员会协助做好日常看护。",
        _TITLE,
    )
    assert not any(source == "村民委员会" for source, _, _ in _assists(graph))


def test_a_committee_helping_a_named_body_is_not_redirected() -> None:
    graph = document(
        "第八条 乡（镇）人民政府应当做好古树名木的日常巡查。\n\n居民委员会应当协助县林业主管部门开展古树名木普查。",
        _TITLE,
    )
    assert ("居民委员会", "乡（镇）人民政府", True) not in _assists(graph)


_RIVER = "某某市河道管理条例"


def test_riverside_towns_planning_stand_for_their_governments() -> None:
    graph = document("第九条 沿河城镇在修编城镇总体规划时，应当听取河道主管部门的意见。", _RIVER)
    assert holders_of_duty(graph, "听取河道主管部门") == {"沿河城镇"}
    assert organ_named(graph, "沿河城镇").level == "county"


def test_riverside_towns_as_a_thing_planned_name_no_body() -> None:
    graph = document("第十条 县人民政府应当统筹建设沿河城镇污水收集管网。", _RIVER)
    assert "沿河城镇" not in names(graph)


def test_an_office_named_by_its_charge_may_print_xiangguan_before_its_head() -> None:
    graph = document("第十一条 乡镇人民政府的合同审查工作由其负责法律事务的相关机构办理。", "某某乡镇工作条例")
    assert holders_of_duty(graph, "合同审查") == {"负责法律事务的相关机构"}


def test_a_set_named_by_the_power_it_exercises_holds_its_clause() -> None:
    graph = document("第三十条 本条例规定的行政检查，由行使综合执法权的部门依法实施。", _RIVER)
    assert holders_of_duty(graph, "依法实施") == {"行使综合执法权的部门"}


def test_a_competent_set_keeps_its_own_name() -> None:
    graph = document("第三十一条 原机关被撤销的，由继续行使其职权的机关负责复查。", _RIVER)
    assert "继续行使其职权的机关" in names(graph)
