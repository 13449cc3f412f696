"""Round 67 (social bodies): the community auxiliaries of the state (群防群治组织, 人民调解组织, 专职消防队,
志愿消防队, 保安组织) are organs, as holders and as targets of 指导/业务指导, while other regulated actors
still take no oversight edge (genre rule 7)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_guidance_reaches_community_auxiliaries() -> None:
    graph = document(
        "第一条 区公安机关应当定期对群防群治组织开展业务指导和培训。\n"
        "第二条 区应急管理部门负责对专职消防队、志愿消防队进行业务指导。\n"
        "第三条 区司法行政部门应当指导人民调解组织规范运行。",
        "某区基层治理办法",
    )
    guides = edges(graph, "GUIDES")
    assert ("区公安机关", "群防群治组织") in guides
    assert ("区应急管理部门", "专职消防队") in guides
    assert ("区应急管理部门", "志愿消防队") in guides
    assert ("区司法行政部门", "人民调解组织") in guides


def test_community_auxiliary_holds_duties_and_accepts_guidance() -> None:
    graph = document(
        "第一条 保安组织应当接受区公安机关的指导，做好门岗值守。\n第二条 调解组织可以邀请专家参与调解。",
        "某区基层治理办法",
    )
    assert {"保安组织", "调解组织"} <= names(graph)
    assert holders_of_duty(graph, "邀请专家") == {"调解组织"}
    assert ("区公安机关", "保安组织") in edges(graph, "GUIDES")


def test_other_regulated_actors_take_no_guidance_edge() -> None:
    graph = document(
        "第一条 区公安机关应当对群防群治组织和物业服务企业进行业务指导。",
        "某区基层治理办法",
    )
    guides = edges(graph, "GUIDES")
    assert ("区公安机关", "群防群治组织") in guides
    assert not any(target == "物业服务企业" for _, target in guides)
