"""Organ and holder rules from a generality pass over fifteen corpus documents the loader had not been
tuned on (State Council regulations, 直辖市, provincial, municipal and 自治县 laws): a government's
departments named by the duty they bear, level lists before a function list, long 职责分工 lists, a
subject list across a comma, and a superior government with no antecedent. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, organ_named


def _doc(body: str, title: str = "某市水库安全管理条例") -> DocumentGraph:
    return document(body, title)


def test_government_then_duty_named_set_is_one_department() -> None:
    graph = _doc(
        "第一条 县级以上人民政府负有水库安全监督管理职责的部门应当每年汛前开展一次检查。\n"
        "第二条 县级以上人民政府及其负有水库安全监督管理职责的部门应当制定应急预案。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府负有水库安全监督管理职责的部门"}
    # with 及其 between them the government is a holder of its own
    assert "县级以上人民政府" in holder_names(graph, 2)
    assert organ_named(graph, "县级以上人民政府负有水库安全监督管理职责的部门").collective


def test_level_list_before_function_list_gives_each_level_its_departments() -> None:
    graph = _doc("第一条 市和区财政、审计等部门应当保障水库除险加固资金。\n", "某直辖市水库安全管理条例")
    assert holder_names(graph, 1) == {"市财政部门", "区财政部门", "市审计部门", "区审计部门"}
    assert "市和区财政部门" not in names(graph)


def test_long_division_of_labour_list_names_every_department() -> None:
    items = (
        "发展改革、财政、自然资源、生态环境、住房与城乡建设、交通运输、"
        "农业农村、文化旅游、卫生健康、应急管理、林业、气象"
    )
    graph = _doc(f"第一条 市{items}等部门应当按照各自职责做好水库安全相关工作。\n")
    held = holder_names(graph, 1)
    assert {"市发展改革部门", "市住房与城乡建设部门", "市气象部门"} <= held
    assert len(held) == 12


def test_subject_list_continues_across_a_comma_up_to_the_modal() -> None:
    graph = _doc(
        "第一条 市、县人民政府，乡镇人民政府、街道办事处应当落实水库安全责任制。\n"
        "第二条 市人民政府统一部署，县人民政府应当组织水库巡查。\n"
    )
    assert holder_names(graph, 1) == {"市人民政府", "县人民政府", "乡镇人民政府、街道办事处"}
    # a comma before an organ that is not followed by the modal still opens a clause of its own
    assert holder_names(graph, 2) == {"市人民政府", "县人民政府"}
    duties = [d for d in graph.duties if d.article == 2]
    assert all(len(d.holders) == 1 for d in duties)


def test_superior_government_opening_an_article_of_a_local_law_keeps_its_name() -> None:
    graph = _doc("第一条 上级人民政府应当加强对下级人民政府水库安全工作的监督。\n", "某省水库安全管理条例")
    assert holder_names(graph, 1) == {"上级人民政府"}
    assert "国务院" not in names(graph)
