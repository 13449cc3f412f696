"""Duty rules of session 22 (round d): a sentence that opens on a topic noun whose 的-modifier names an
organ (X所必需的经费，由Y…) is one duty with the 由 piece, held by Y, not by the organ in the modifier.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某县农村公路养护管理办法"


def test_an_organ_inside_the_topic_modifier_is_no_holder() -> None:
    body = "第一条 县公路管理机构开展养护检查所需的经费，由县财政部门列入年度预算。\n"
    graph = document(body, _TITLE)
    assert "县公路管理机构开展养护检查所需的经费，由县财政部门列入年度预算" in duty_texts(graph)
    assert holders_of_duty(graph, "由县财政部门列入年度预算") == {"县财政部门"}


def test_a_topic_whose_organ_is_its_owner_keeps_the_owner() -> None:
    # 由其: 其 is the organ of the modifier, which holds the duty
    body = "第一条 乡镇人民政府管理的村道，由其负责日常养护。\n"
    assert holders_of_duty(document(body, _TITLE), "由其负责日常养护") == {"乡镇人民政府"}


def test_a_subject_with_its_own_modal_keeps_its_duty() -> None:
    body = "第一条 县交通运输主管部门应当编制养护计划，由县人民政府批准后实施。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "县交通运输主管部门应当编制养护计划") == {"县交通运输主管部门"}


_CITY_TITLE = "某市社区服务条例"


def test_the_place_acting_after_a_comma_adverbial_is_its_government() -> None:
    body = "第一条 本市按照就近便利、资源共享的原则，整合社区服务设施，构建社区服务网络。\n"
    graph = document(body, _CITY_TITLE)
    assert "本市按照就近便利、资源共享的原则，整合社区服务设施" in duty_texts(graph)
    assert holders_of_duty(graph, "整合社区服务设施") == {"市人民政府"}
    assert holders_of_duty(graph, "构建社区服务网络") == {"市人民政府"}


def test_the_place_relying_on_a_platform_is_its_government() -> None:
    body = "第一条 本市依托社区服务热线，建立居民求助快速响应机制。\n"
    graph = document(body, _CITY_TITLE)
    assert "本市依托社区服务热线，建立居民求助快速响应机制" in duty_texts(graph)
    assert holders_of_duty(graph, "建立居民求助快速响应机制") == {"市人民政府"}


def test_a_place_piece_that_acts_itself_stays_its_own_duty() -> None:
    body = "第一条 本市按照国家规定建立社区工作者薪酬制度，保障社区工作者待遇。\n"
    texts = duty_texts(document(body, _CITY_TITLE))
    assert "本市按照国家规定建立社区工作者薪酬制度" in texts, texts
