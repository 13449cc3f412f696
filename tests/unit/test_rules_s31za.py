"""Round 102 (xzlz): 相邻 opening a clause before a level's chiefs (相邻地（市）、县（区）林长应当…)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_neighbouring_chiefs_hold_the_duty_as_their_levels_chiefs() -> None:
    graph = document(
        "第一条 相邻地（市）、县（区）林长应当建立联合巡护机制，共同做好边界林区防火工作。\n"
        "第二条 相邻县（区）林长应当互通巡护信息。",
        "某自治区林长制实施办法",
    )
    assert {"地（市）林长", "县（区）林长"} <= names(graph)
    assert holders_of_duty(graph, "联合巡护机制") == {"地（市）林长", "县（区）林长"}
    assert holders_of_duty(graph, "互通巡护信息") == {"县（区）林长"}


def test_neighbouring_place_after_a_partner_joiner_stays_a_partner() -> None:
    # 与相邻县人民政府: a partner place, not a masked scope word (the opener rule is for subjects only)
    graph = document("第一条 市人民政府应当加强与相邻县人民政府的协作。", "某市河长制规定")
    assert ("市人民政府", "相邻县人民政府") in edges(graph, "ASSISTS")


def test_member_list_broken_by_a_comma_is_one_composition() -> None:
    # 成员单位由A、B，C、D等单位组成: no duty, and the listed members are no organs of their own here
    graph = document(
        "第一条 市林长制成员单位由市委组织部、市委宣传部，市财政局、市水利局等单位组成。\n"
        "第二条 市林业局负责日常工作。",
        "某市林长制实施办法",
    )
    assert not any("组成" in d.text or "市委宣传部" in d.text for d in graph.duties)
    assert "市委宣传部" not in names(graph) and "市水利局" not in names(graph)
