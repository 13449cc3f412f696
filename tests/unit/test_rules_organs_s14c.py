"""Organ rules from the session-14 dev misses of a party-and-state rule: 机关、单位 as one set noun
after any set word, sets named by the duty or competence they hold. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def _doc(body: str, title: str = "某省档案工作规定") -> DocumentGraph:
    return document(body, title)


def test_set_noun_joined_after_every_level_word() -> None:
    graph = _doc("第一条 各级机关、单位应当建立档案移交制度。\n")
    assert holder_names(graph, 1) == {"各级机关、单位"}
    assert organ_named(graph, "各级机关、单位").collective
    assert "各级机关" not in names(graph)


def test_set_noun_joined_after_a_relative_word() -> None:
    assert surfaces("逾期不移交的，由上级机关、单位责令限期移交。") == ["上级机关、单位"]
    assert surfaces("由其上一级机关、单位裁定。") == ["上一级机关、单位"]


def test_a_named_department_keeps_its_own_name() -> None:
    # only a bare 机关 is the set noun: 档案机关 is a department of its own
    assert "档案机关、单位" not in surfaces("市档案机关、单位应当配合。")


def test_duty_defined_set_of_bodies_and_units() -> None:
    graph = _doc("第一条 负有档案监督职责的机关、单位应当定期开展检查。\n")
    assert holder_names(graph, 1) == {"负有档案监督职责的机关、单位"}


def test_competent_sets_are_one_unnamed_set_each() -> None:
    graph = _doc(
        "第一条 有管理权限的部门应当及时查处擅自销毁档案的行为。\n"
        "第二条 被撤销的，其档案由继续行使其职权的机关、单位接收保管。\n"
    )
    assert holder_names(graph, 1) == {"有管理权限的部门"}
    assert holder_names(graph, 2) == {"继续行使其职权的机关、单位"}
    assert organ_named(graph, "有管理权限的部门").collective
    assert surfaces("应当移送有权处理的机关、单位。") == ["有权处理的机关、单位"]


def test_competence_over_a_named_department_is_that_department() -> None:
    # a department with its function printed is no competence set
    assert "有管理权限的部门" not in surfaces("由有管理权限的水行政主管部门责令改正。")
