"""Round 130 (holders of city and county rules): a 本级/同级 agent after 由 is seen from the body the clause
opens with (X由本级Y…) or from the holders carried into it, not read at the level it was given by default.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_CITY = "某某市河道巡查员条例"


def test_a_relative_agent_is_seen_from_the_body_the_clause_opens_with() -> None:
    graph = document(
        "第二条 市、县（区）人民政府负责河道巡查工作。"
        "第三条 巡查人员由本级人民政府聘任，并颁发巡查证。巡查人员应当每月巡查河道。",
        _CITY,
    )
    assert holders_of_duty(graph, "由本级人民政府聘任") == {"本级人民政府"}


def test_a_relative_agent_of_a_levelled_topic_stays_at_that_level() -> None:
    graph = document(
        "第二条 市、县（区）人民政府负责河道巡查工作。第三条 市河道管理机构由本级人民政府设立，负责巡查人员培训。",
        _CITY,
    )
    assert holders_of_duty(graph, "由本级人民政府设立") == {"市人民政府"}


def test_a_relative_agent_is_seen_from_the_carried_holders_of_each_level() -> None:
    graph = document(
        "第二条 市、县（区）人民政府负责河道巡查工作。"
        "第三条 市、县（区）水行政主管部门应当编制巡查经费计划，由同级财政部门审核后列入预算。",
        _CITY,
    )
    assert holders_of_duty(graph, "由同级财政部门审核") == {"市财政部门", "县（区）财政部门"}
