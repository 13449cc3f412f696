"""Round 62 rules: duties lost although their holder is printed."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_bare_government_alone_before_its_act_is_the_agent() -> None:
    # 由人民政府给予表彰: the bare 人民政府 right before its act names the governments at every level
    graph = document(
        "第一条 在湿地保护工作中成绩突出的单位和个人，由人民政府给予表彰和奖励。",
        "某省湿地保护条例",
    )
    assert holders_of_duty(graph, "给予表彰和奖励") == {"各级人民政府"}


def test_bare_government_before_another_word_stays_none() -> None:
    # 由人民政府宗教事务部门: a longer name, not the bare governments
    graph = document(
        "第一条 宗教团体的登记，由人民政府宗教事务部门负责办理。",
        "某省宗教事务条例",
    )
    assert all("各级人民政府" not in {h.split("/", 1)[1] for h in d.holders} for d in graph.duties)
