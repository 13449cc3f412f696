"""Holder rules of session 22 (round z, r38): 由X V的 inside a relative phrase (由X管理的林场) or a
condition piece ending in 的 (由X投资兴建的，…) describes a thing, X holds no duty there; a later 由Y
of the same clause is still the agent. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某市林场保护条例"


def test_a_relative_by_phrase_names_no_holder() -> None:
    body = "第一条 由区林业主管部门经营管理的林场中的林木，归该林场使用。\n"
    graph = document(body, _TITLE)
    assert "区林业主管部门" not in holder_names(graph, 1)


def test_a_condition_by_phrase_names_no_holder() -> None:
    body = "第一条 集体所有的荒地由村民委员会开垦的，其收益归集体所有；以合作形式开垦的，按合同约定执行。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == set()


def test_the_agent_after_a_condition_by_phrase_still_holds() -> None:
    body = "第一条 林场的道路由村民委员会投资兴建的，由区交通运输主管部门负责技术指导。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"区交通运输主管部门"}


def test_a_by_phrase_with_its_own_object_stays_the_agent() -> None:
    # 由X负责…的管理: the 的 is a possessive of the object, X acts
    body = "第一条 林场的日常养护由区林业主管部门负责全区林场的管理。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"区林业主管部门"}


def test_a_collective_economic_organisation_is_a_holder() -> None:
    # the organ rule measured with this one (organs.yaml): the collective owner acts where 由 names it
    body = "第一条 村内林道的日常养护，由农村集体经济组织负责。\n"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"农村集体经济组织"}


def test_comma_lists_up_to_the_modal_are_one_subject() -> None:
    # 以及 opens the last list after a comma; every list before the modal bears the duty
    body = "第一条 区人民政府林业、应急管理等部门，村民委员会，以及养老服务机构应当做好林场周边的防火宣传。\n"
    graph = document(body, _TITLE)
    holders = holder_names(graph, 1)
    assert {"区人民政府林业部门", "村民委员会", "养老服务机构"} <= holders


def test_a_comma_list_not_reaching_the_modal_opens_its_own_clause() -> None:
    body = "第一条 区人民政府林业、应急管理等部门，村民委员会，以及林场周边的住户，应当做好防火宣传。\n"
    graph = document(body, _TITLE)
    assert "村民委员会" not in holder_names(graph, 1)


def test_list_pieces_closed_by_their_set_join_the_modal_piece() -> None:
    # A，B，以及C、D等…的组织，应当…: one clause, every listed organ a holder
    body = (
        "第一条 区人民政府林业主管部门，村民委员会，以及医疗卫生机构、科研机构等参与防火工作的组织，"
        "应当制定林场防火应急预案。\n"
    )
    graph = document(body, _TITLE)
    duty = next(d for d in graph.duties if "应急预案" in d.text)
    assert duty.text.startswith("区人民政府林业主管部门")
    assert {"区人民政府林业主管部门", "村民委员会", "医疗卫生机构", "科研机构"} <= holder_names(graph, 1)
