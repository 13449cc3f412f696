"""Duty lists titled by an organ, session 23 (round 38): X的(主要)职责(是)： gives the list to the organs
before 的, the title joined to item (一); 本级人民政府的有关部门 is the one set 本级人民政府有关部门 is; and no
department stem opens inside 各类 / 以下 (中等以下各类培训机构 names no 类培训机构). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names, surfaces

_TITLE = "某市卫生监督条例"


def test_a_list_titled_by_an_organs_duties_is_that_organs() -> None:
    body = "第一条 市卫生监督机构的主要职责是：\n（一）制订卫生监督计划；\n（二）承办市人民政府交办的其他事项。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "制订卫生监督计划") == {"市卫生监督机构"}
    assert holders_of_duty(graph, "承办市人民政府交办的其他事项") == {"市卫生监督机构"}
    assert any(text.startswith("市卫生监督机构的主要职责是") for text in duty_texts(graph))


def test_a_list_titled_by_a_task_in_a_field_is_that_organs() -> None:
    body = "第一条 县卫生监督机构在监督工作中的任务：\n（一）检查卫生制度落实情况；\n（二）报告检查结果。\n"
    graph = document(body, _TITLE)
    assert "县卫生监督机构在监督工作中的任务：\n（一）检查卫生制度落实情况" in duty_texts(graph)
    assert holders_of_duty(graph, "报告检查结果") == {"县卫生监督机构"}


def test_a_possessive_set_of_departments_is_the_bodys_set() -> None:
    body = "第一条 市卫生监督机构对本级人民政府{}有关行政部门履行卫生工作职责的情况进行监督。\n"
    possessive, plain = document(body.format("的"), _TITLE), document(body.format(""), _TITLE)
    assert "有关行政部门" not in names(possessive)
    assert edges(possessive, "SUPERVISES") == edges(plain, "SUPERVISES") != set()


def test_a_possessive_set_is_named_without_the_possessive() -> None:
    graph = document("第一条 县人民政府的有关部门应当配合卫生监督工作。\n", _TITLE)
    assert "县人民政府有关部门" in names(graph)
    assert "有关部门" not in names(graph)


def test_no_stem_opens_inside_a_quantity_word() -> None:
    assert surfaces("对中等以下各类培训机构的收费情况进行检查") == []
    assert surfaces("对初中以下培训机构进行检查") == []
