"""Organ rules of session 21 (round e): a regulated actor or a person role that opens its clause right
before a modal (X企业应当, X经济组织必须, X户不得, X员应当) holds the duty, whatever kind of business or
post it names; the same words as objects stay none. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_unit_kind_opening_a_clause_before_a_modal_holds_the_duty() -> None:
    graph = document(
        "第一条 冷链仓储企业应当建立温度记录。\n\n"
        "第二条 村股份经济组织必须公开收益分配。\n\n"
        "第三条 流动摊贩经营户不得占用消防通道。",
        "某市冷链管理办法",
    )
    assert holder_names(graph, 1) == {"冷链仓储企业"}
    assert holder_names(graph, 2) == {"村股份经济组织"}
    assert holder_names(graph, 3) == {"流动摊贩经营户"}


def test_person_role_ending_in_yuan_before_a_modal_holds_the_duty() -> None:
    graph = document("第一条 冷链巡检员应当每日记录库温。", "某市冷链管理办法")
    assert holder_names(graph, 1) == {"冷链巡检员"}


def test_kind_words_as_objects_or_members_stay_none() -> None:
    # 支持…企业: an object; 由…企业: the agent of a passive already read; 成员/党员: no post of its own
    graph = document(
        "第一条 市人民政府应当支持小微企业发展。\n\n第二条 协会成员应当遵守章程。\n\n第三条 党员应当带头。",
        "某市冷链管理办法",
    )
    assert "小微企业" not in names(graph)
    assert "协会成员" not in names(graph)
    assert "党员" not in names(graph)


def test_each_actor_of_a_subject_list_holds_the_duty() -> None:
    # a verb right before 员 names the post's work (巡检, 指导); a list with the public in it stays as read
    graph = document(
        "第一条 冷库指导员和冷链巡检员应当持证上岗。\n\n"
        "第二条 冷链运输企业、仓储经营户应当留存单据。\n\n"
        "第三条 冷藏企业和个人应当配合抽检。",
        "某市冷链管理办法",
    )
    assert holder_names(graph, 1) == {"冷库指导员", "冷链巡检员"}
    assert holder_names(graph, 2) == {"冷链运输企业", "仓储经营户"}
    assert "冷藏企业" not in names(graph)
