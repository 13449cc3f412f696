"""Village-team management and 约谈其R of places (round 96): 接受X和Y的双重管理 gives each body's SUPERVISES
of the subject; X的日常管理由Y负责 names X as what Y oversees; 约谈其党委和政府主要负责人 after places names
the role of each place's pair (made for it, PART_OF); 驻村第一书记和工作队 names the village team twice.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TEAM = (
    "第一条 县级人民政府负责本县的帮扶工作。乡（镇）人民政府应当落实帮扶措施。"
    "县级党委组织部门负责选派驻村工作队。派出单位应当支持驻村工作队开展工作。\n"
)


def test_a_double_management_accepted_is_each_bodys_oversight() -> None:
    body = _TEAM + "第二条 驻村工作队应当接受乡（镇）人民政府和派出单位的双重管理。\n"
    supervises = edges(document(body, "某省驻村帮扶办法"), "SUPERVISES")
    assert ("乡（镇）人民政府", "驻村工作队") in supervises
    assert ("派出单位", "驻村工作队") in supervises


def test_a_kind_of_management_between_the_possessor_and_the_noun_keeps_its_object() -> None:
    body = _TEAM + "第二条 第一书记和驻村工作队员的日常管理由乡（镇）人民政府负责。\n"
    supervises = edges(document(body, "某省驻村帮扶办法"), "SUPERVISES")
    assert ("乡（镇）人民政府", "第一书记") in supervises
    assert ("乡（镇）人民政府", "驻村工作队") in supervises


_PLACES = (
    "第一条 省人民政府负责全省的养老服务工作。设区的市人民政府和县（市、区）人民政府应当落实养老服务措施。"
    "省养老服务工作领导小组负责统筹协调。\n"
    "第二条 对养老服务工作推进不力的设区的市、县（市、区），由省养老服务工作领导小组约谈其党委和政府主要负责人。\n"
)


def test_the_pair_role_of_each_interviewed_place() -> None:
    graph = document(_PLACES, "某省养老服务条例")
    supervises = edges(graph, "SUPERVISES")
    for place in ("设区的市", "县（市、区）"):
        assert ("省养老服务工作领导小组", place + "党委和政府主要负责人") in supervises
        assert (place + "党委和政府主要负责人", place + "党委和政府") in edges(graph, "PART_OF")
    assert ("省养老服务工作领导小组", "设区的市人民政府") not in supervises


def test_a_bare_team_word_after_the_qualified_first_secretary_is_the_village_team() -> None:
    body = _TEAM + "第二条 驻村第一书记和工作队员未履行职责的，由派出单位召回。\n"
    graph = document(body, "某省驻村帮扶办法")
    assert ("派出单位", "驻村工作队") in edges(graph, "SUPERVISES")
    assert "工作队" not in names(graph)


def test_a_team_word_elsewhere_names_no_organ() -> None:
    body = "第一条 县级人民政府应当加强养老服务工作队伍建设。\n"
    assert "驻村工作队" not in names(document(body, "某省养老服务条例"))
