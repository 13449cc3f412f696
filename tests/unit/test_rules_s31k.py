"""Round 100 (organ recall): teams named by their fire-fighting or flood task are bodies; 调度 before a team
is the act of dispatching it; a list item that names a body of its own keeps its name."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, surfaces


def test_task_teams_are_bodies() -> None:
    assert surfaces("山林火情扑救队伍应当定期开展演练。", "municipal") == ["山林火情扑救队伍"]
    assert surfaces("各镇应急抢险队伍负责本镇的抢险工作。", "municipal") == ["各镇应急抢险队伍"]


def test_task_team_holds_its_duty() -> None:
    graph = document("第一条 山林火情扑救队伍应当配备扑救器材，服从指挥部的统一调配。", "某县山林防火办法")
    assert "山林火情扑救队伍" in holder_names(graph, 1)


def test_dispatching_a_team_is_no_part_of_its_name() -> None:
    found = surfaces("（一）统一指挥本县的应急处置，调度县级抢险队伍和救灾物资；", "county")
    assert "县级抢险队伍" in found
    assert not any(surface.startswith("调度") for surface in found)


def test_dispatch_bodies_keep_their_name() -> None:
    assert surfaces("航运调度机构应当及时发布通告。", "municipal") == ["航运调度机构"]
    assert surfaces("城市运行调度指挥部门应当及时处置。", "municipal") == ["城市运行调度指挥部门"]


def test_list_item_with_its_own_head_keeps_its_name() -> None:
    # 山林火情扑救队伍 names its body whole; the other items are read as units of the list's head
    graph = document(
        "第一条 发生火情时，山林火情扑救队伍、民间救护、志愿服务等有关单位应当服从统一调配。\n"
        "第二条 山林火情扑救队伍应当配备扑救器材。",
        "某县山林防火办法",
    )
    assert "山林火情扑救队伍" in names(graph)
    assert "山林火情扑救队伍单位" not in names(graph)
    assert all(source != target for source, target in edges(graph, "PART_OF"))


def test_listed_ministries_are_no_parts_of_themselves() -> None:
    graph = document(
        "第一条 商务部、海关总署、市场监管等部门按照职责分工做好进口商品的监督检查工作。",
        "某某商品监督检查办法",
    )
    assert all(source != target for source, target in edges(graph, "PART_OF"))
    assert {"商务部", "海关总署"} <= names(graph)
