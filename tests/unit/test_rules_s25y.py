"""Bare level words closing a 对 condition, round 64: 对…不力的县（市）(或者有关部门)，由Z约谈… names the level's
main body, and 对…的X(或者Y)，(由)Z(可以)约谈其R supervises the role R of each closing body, not the body
itself; relative bodies (下级X) keep the body reading.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市湿地保护责任制规定"
_BODIES = "第一条 市人民政府、县（市）人民政府和有关部门应当做好湿地保护工作。"


def test_a_bare_level_closing_a_condition_is_the_level_body() -> None:
    body = _BODIES + "对湿地保护不力、考核不合格的县（市），由市人民政府通报批评。"
    assert ("市人民政府", "县（市）人民政府") in edges(document(body, _TITLE), "SUPERVISES")


def test_a_bare_level_word_with_no_sanction_after_it_stays_no_body() -> None:
    body = _BODIES + "对湿地保护成效显著的县（市），由市人民政府给予表扬。"
    assert ("市人民政府", "县（市）人民政府") not in edges(document(body, _TITLE), "SUPERVISES")


def test_their_role_is_interviewed_for_each_closing_body() -> None:
    body = _BODIES + "对湿地保护不力、问题突出的县（市）或者有关部门，市人民政府可以约谈其主要负责人，督促整改。"
    found = edges(document(body, _TITLE), "SUPERVISES")
    assert {t for s, t in found if s == "市人民政府"} == {"县（市）人民政府主要负责人", "有关部门主要负责人"}


def test_their_role_with_an_agent_after_you() -> None:
    body = _BODIES + "对湿地保护考核不合格的县（市），由市人民政府约谈其主要负责人。"
    found = edges(document(body, _TITLE), "SUPERVISES")
    assert ("市人民政府", "县（市）人民政府主要负责人") in found
    assert ("市人民政府", "县（市）人民政府") not in found


def test_a_relative_closing_body_keeps_the_body_reading() -> None:
    body = "第一条 县级以上人民政府对湿地保护不力的下级人民政府，由本级人民政府约谈其主要负责人。"
    graph = document(body, _TITLE)
    assert not any(name.endswith("主要负责人") for name in names(graph))


def test_another_organ_inside_the_condition_keeps_the_body_reading() -> None:
    body = _BODIES + "对市人民政府督查中问题突出的县（市），由市人民政府约谈其主要负责人。"
    assert not any(name.endswith("主要负责人") for name in names(document(body, _TITLE)))
