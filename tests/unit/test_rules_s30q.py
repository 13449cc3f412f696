"""Round 98 (role recall): a chief's deputy is a post of its own, the grid and small-group roles of a
community are organs, staff named by their survey, audit or patrol hold duties, and the law's protection
of a role or a prohibition on the public is no duty of that role."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, names


def test_deputy_chief_is_a_post_of_its_own() -> None:
    # 副林长 beside 林长 at the same level: two posts, not one chief printed twice
    graph = document(
        "第一条 镇级林长负责本镇林地保护的统筹工作。\n第二条 镇级副林长在镇级林长领导下，负责联系村的林地巡护工作。",
        "某县林长制实施办法",
    )
    assert {"镇级林长", "镇级副林长"} <= names(graph)
    assert holders_of_duty(graph, "负责联系村的林地巡护") == {"镇级副林长"}


def test_grid_and_small_group_roles_are_organs() -> None:
    graph = document(
        "第一条 网格长对本网格的走访工作负直接责任。\n"
        "第二条 楼门长应当协助网格员收集居民意见。村民小组长负责本组的环境卫生。",
        "某区社区网格服务办法",
    )
    assert {"网格长", "楼门长", "村民小组长"} <= names(graph)
    assert holders_of_duty(graph, "负责本组的环境卫生") == {"村民小组长"}


def test_staff_named_by_survey_audit_or_patrol_hold_duties() -> None:
    graph = document(
        "第一条 林地调查人员应当如实记录调查数据。\n"
        "第二条 审计人员应当回避与其有利害关系的事项。\n"
        "第三条 供水企业巡查人员应当每周巡查一次管网。",
        "某市供水设施管理办法",
    )
    assert holders_of_duty(graph, "如实记录调查数据") == {"林地调查人员"}
    assert holders_of_duty(graph, "回避与其有利害关系") == {"审计人员"}
    assert holders_of_duty(graph, "每周巡查一次管网") == {"供水企业巡查人员"}


def test_protection_and_public_prohibition_are_no_duty() -> None:
    graph = document(
        "第一条 审计人员依法执行职务受法律保护，任何组织和个人不得阻挠审计人员依法执行职务。"
        "审计人员应当出示审计通知书。",
        "某市审计监督办法",
    )
    texts = duty_texts(graph)
    assert not any("受法律保护" in t or "任何组织和个人" in t for t in texts)
    assert holders_of_duty(graph, "出示审计通知书") == {"审计人员"}
