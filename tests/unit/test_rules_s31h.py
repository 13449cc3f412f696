"""The police chiefs of a river-chief regime: 各级 before a listed collective role names the set of those posts
(各级河湖警长), the river's police chief printed as 河道警长 is one such role, and a post set up at a 、 list
of levels (市、县公安机关设立河湖警长) assists the chief of each listed level (协助同级河长).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市河湖长制工作办法"


def test_every_level_police_chiefs_are_one_set_holding_the_duty() -> None:
    graph = document(
        "第一条 市、县设立河湖长。河湖长负责河湖管理保护工作。\n\n第二条 各级河湖警长配合同级河湖长查处涉河违法行为。",
        _TITLE,
    )
    assert "各级河湖警长" in names(graph)
    assert holders_of_duty(graph, "查处涉河违法行为") == {"各级河湖警长"}


def test_the_river_police_chief_is_a_role() -> None:
    graph = document(
        "第一条 河湖长负责河湖管理保护工作。\n\n第二条 河道警长配合河湖长开展联合巡查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "开展联合巡查") == {"河道警长"}
    assert ("河道警长", "河湖长") in edges(graph, "ASSISTS")


def test_a_post_set_up_at_listed_levels_assists_each_level_chief() -> None:
    graph = document(
        "第一条 市、县（区）设立河长。市级河长负责组织领导全市河湖保护工作。县级河长负责本辖区河湖保护工作。\n\n"
        "第二条 市、县（区）公安机关设立河湖警长，协助同级河长维护河湖治安秩序。",
        _TITLE,
    )
    assert {("河湖警长", "市级河长"), ("河湖警长", "县级河长")} <= edges(graph, "ASSISTS")
