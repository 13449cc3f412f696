"""Round 69 (各类X subjects, 接受X的管理, 消防队伍 holders): sentences written for these rules, not taken from any
document."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_each_kind_of_subject_holds_its_duty() -> None:
    # 各类X应当…: 各类 ("every kind of") opens the subject like 各; the holder is X
    graph = document("第一条 各类物业服务企业应当做好小区消防安全工作。", "某市消防安全责任制规定")
    assert holders_of_duty(graph, "做好小区消防安全工作") == {"物业服务企业"}


def test_accepted_management_is_oversight() -> None:
    # 接受X的指导和管理: X guides and supervises (管理 is a SUPERVISES mode); 接受X管理 alone supervises
    graph = document(
        "第一条 各类保安服务公司应当接受县公安机关的指导和管理。\n第二条 群防群治组织应当接受乡镇人民政府管理。",
        "某县社会治安综合治理条例",
    )
    assert ("县公安机关", "保安服务公司") in edges(graph, "GUIDES")
    assert ("县公安机关", "保安服务公司") in edges(graph, "SUPERVISES")
    assert ("乡镇人民政府", "群防群治组织") in edges(graph, "SUPERVISES")


def test_fire_brigade_holds_its_duty() -> None:
    # 森林消防队伍应当…: a 消防队伍 is a body of its own, like a 救援队伍; 调动 before it is a verb, not its name
    graph = document(
        "第一条 森林消防队伍应当协助县人民政府开展扑火演练。\n"
        "第二条 调动森林消防队伍跨区域扑火的，费用由县人民政府承担。",
        "某省森林防火条例",
    )
    assert holders_of_duty(graph, "开展扑火演练") == {"森林消防队伍"}
    assert ("森林消防队伍", "县人民政府") in edges(graph, "ASSISTS")
    assert not any(name.startswith("调动") for name in names(graph))
