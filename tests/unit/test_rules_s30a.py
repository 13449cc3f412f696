"""Oversight precision of round 98: an oversight verb read in a law's title, the alias a bracket
gives the holders (以下统称X) and the bare level word that owns a unit (市属X) yield no SUPERVISES
edge. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市安全生产责任规定"


def test_alias_of_the_holders_is_no_object_of_their_oversight() -> None:
    body = "第三条 财政、审计、统计等部门（以下统称考评相关部门）按照各自职责，做好考评管理工作。"
    assert not {target for _, target in edges(document(body, _TITLE), "SUPERVISES")} & {"相关部门", "考评相关部门"}


def test_verb_inside_a_law_title_makes_no_oversight_edge() -> None:
    body = "第三条 对妨碍执法人员执行公务的，由公安机关依照《中华人民共和国治安管理处罚法》处理。"
    assert ("公安机关", "执法人员") not in edges(document(body, _TITLE), "SUPERVISES")


def test_verb_outside_a_law_title_still_makes_its_edge() -> None:
    body = "第三条 市国资委应当对市属国有企业负责人进行考核，督促区人民政府落实安全生产责任。"
    assert ("市国资委", "区人民政府") in edges(document(body, _TITLE), "SUPERVISES")


def test_bare_level_word_owning_units_is_no_object() -> None:
    body = "第三条 市国资委负责督促市属国有企业落实安全生产主体责任。"
    assert ("市国资委", "市") not in edges(document(body, _TITLE), "SUPERVISES")
