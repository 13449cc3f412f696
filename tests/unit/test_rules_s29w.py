"""Round 97 (street/township/village genre, fourth round): the head of a place node of its own."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_head_of_own_place_node_sits_in_the_place() -> None:
    # 街道（乡镇） whose party bodies and governments are printed apart is a node of its own: its head is its
    # role, not the government half's
    body = (
        "第一条 街道党工委、乡镇党委对本辖区防汛工作负主体责任，街道办事处、乡镇人民政府具体组织实施。\n"
        "第二条 区水务局督促指导街道（乡镇）做好汛期巡查。\n"
        "第三条 街道（乡镇）派驻机构应当服从街道党工委、乡镇党委的统筹调度。\n"
        "第四条 区委约谈街道（乡镇）主要负责人。\n"
    )
    graph = document(body, "某区防汛工作责任制办法")
    part_of = edges(graph, "PART_OF")
    assert ("街道（乡镇）主要负责人", "街道（乡镇）") in part_of
    assert ("街道（乡镇）主要负责人", "街道办事处、乡镇人民政府") not in part_of


def test_bare_township_place_in_a_list_shares_the_head_role() -> None:
    # 约谈街道（乡镇）或者区级有关部门的主要负责人: each listed body's head is interviewed, the place word's too
    body = (
        "第一条 街道党工委、乡镇党委对本辖区防汛工作负主体责任，街道办事处、乡镇人民政府具体组织实施。\n"
        "第二条 区水务局督促指导街道（乡镇）做好汛期巡查，区级有关部门按照职责做好防汛工作。\n"
        "第三条 汛期巡查不到位的，由区应急管理局约谈街道（乡镇）或者区级有关部门的主要负责人，督促其整改。\n"
    )
    graph = document(body, "某区防汛工作责任制办法")
    assert ("区应急管理局", "街道（乡镇）主要负责人") in edges(graph, "SUPERVISES")
    assert ("区应急管理局", "区级有关部门主要负责人") in edges(graph, "SUPERVISES")
    assert ("街道（乡镇）主要负责人", "街道（乡镇）") in edges(graph, "PART_OF")


def test_bare_level_prefix_in_a_list_is_no_body_of_the_role() -> None:
    # 区、县有关部门的主要负责人: 区 is a level word of the departments, no head of its own
    graph = document("第一条 市人民政府约谈区、县有关部门的主要负责人。\n", "某市防汛工作责任制办法")
    assert not any(target in ("区", "区主要负责人") for _, target in edges(graph, "SUPERVISES"))


def test_chief_of_own_place_node_stays_its_governments() -> None:
    # 乡镇长 heads the township government, not the party-and-government place node
    body = (
        "第一条 街道党工委、乡镇党委对本辖区防汛工作负主体责任，街道办事处、乡镇人民政府具体组织实施。\n"
        "第二条 区水务局督促指导街道（乡镇）做好汛期巡查。\n"
        "第三条 街道办事处主任、乡镇长应当定期检查防汛设施。\n"
    )
    part_of = edges(document(body, "某区防汛工作责任制办法"), "PART_OF")
    assert ("乡镇长", "街道办事处、乡镇人民政府") in part_of
    assert ("乡镇长", "街道（乡镇）") not in part_of
