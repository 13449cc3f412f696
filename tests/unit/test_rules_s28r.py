"""Rules of session 28, round 95 (gwacc) for the central 考核/责任追究 texts on provincial governments: a
ministry sits in 国务院 where 党中央、国务院 is printed only as the author of decisions, 考核 inside a team's
name (考核工作组) is no verb, and 组成 before a team is a verb. Every sentence is written for the test: none
comes from the seeds, the development set or the corpus."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, names, surfaces


def _doc(body: str) -> DocumentGraph:
    return document(body, "省级人民政府水资源保护工作考核办法", chapter="总则")


def test_ministry_sits_in_state_council_where_the_central_pair_only_decides() -> None:
    graph = _doc(
        "第一条 为贯彻党中央、国务院关于水资源保护的决策部署，制定本办法。\n"
        "第二条 国务院对省级人民政府水资源保护工作进行考核。\n"
        "第三条 水利部会同国家统计局、审计署、中央组织部负责考核的具体实施。\n"
    )
    part_of = edges(graph, "PART_OF")
    assert ("国家统计局", "国务院") in part_of
    assert ("审计署", "国务院") in part_of
    assert not {e for e in part_of if e[1] == "党中央、国务院"}
    assert not {e for e in part_of if e[0] == "中央组织部"}  # a party department sits in no government


def test_team_of_assessment_keeps_its_name() -> None:
    assert surfaces("考核工作组办公室负责汇总评分，报考核工作组审定。", "central") == ["考核工作组办公室", "考核工作组"]
    assert surfaces("市人民政府负责考核组织实施。", "central") == ["市人民政府"]


def test_forming_a_team_is_a_verb() -> None:
    assert surfaces("由水利部会同有关部门组成考核工作组。", "central") == ["水利部", "有关部门", "考核工作组"]
    assert surfaces("县级人民政府组成部门负责巡查。", "county") == ["县级人民政府组成部门"]
    assert surfaces("领导小组成员单位应当配合。", "county") == ["领导小组成员单位"]


def test_team_formed_by_ministries_is_one_body() -> None:
    graph = _doc(
        "第一条 国务院对省级人民政府水资源保护工作进行考核。\n"
        "第二条 水利部会同财政部等部门组成考核工作组，负责考核的具体组织实施。\n"
        "第三条 考核工作组办公室设在水利部，承担考核工作组日常工作。\n"
    )
    assert {"考核工作组", "考核工作组办公室"} <= names(graph)
    assert "工作组" not in names(graph)
