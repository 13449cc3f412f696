"""Round 95 (poverty-alleviation and rural-revitalisation rules): the village work teams and their
first secretaries: 召回 by the sending unit is oversight, the role heading a team sits in it, the
printed 驻村第一书记 is an alias, and a government or organisation department only organises the sending."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, organ_named, short

TITLE = "某省山区帮扶工作条例"
# names the team and the role as bodies of the document
MANAGED = "第一条 县级党委组织部门负责驻村工作队和第一书记的日常管理。\n"


def _at(graph: DocumentGraph, rel_type: str, article: int) -> set[tuple[str, str]]:
    return {(short(r.source), short(r.target)) for r in graph.relations if r.type == rel_type and r.article == article}


def test_recall_by_the_sending_unit_is_oversight() -> None:
    graph = document(MANAGED + "第二条 驻村工作队和第一书记长期脱岗的，由派出单位召回调整。", TITLE)
    assert _at(graph, "SUPERVISES", 2) == {("派出单位", "第一书记"), ("派出单位", "驻村工作队")}


def test_product_recall_by_an_actor_gives_no_edge() -> None:
    graph = document(
        "第一条 市场监督管理部门负责本省山区特产的质量监督。\n"
        "第二条 特产经营者发现产品存在缺陷而不停止销售的，由市场监督管理部门责令召回。",
        TITLE,
    )
    assert _at(graph, "SUPERVISES", 2) == set()


def test_role_designated_to_head_a_team_sits_in_it() -> None:
    graph = document(MANAGED + "第二条 第一书记兼任驻村工作队队长，统筹本村帮扶工作。", TITLE)
    assert ("第一书记", "驻村工作队") in edges(graph, "PART_OF")


def test_team_head_post_after_the_team_in_the_same_sentence() -> None:
    graph = document(MANAGED + "第二条 驻村工作队一般由三名干部组成，队长原则上由第一书记兼任。", TITLE)
    assert _at(graph, "PART_OF", 2) == {("第一书记", "驻村工作队")}


def test_printed_village_lead_is_an_alias_of_the_first_secretary() -> None:
    graph = document("第一条 驻村第一书记应当每季度向乡（镇）党委报告工作。", TITLE)
    organ = organ_named(graph, "第一书记")
    assert "驻村第一书记" in organ.aliases


def test_organisation_department_organises_the_sending() -> None:
    graph = document(
        MANAGED + "第二条 县级党委组织部门会同县级人民政府农业农村部门向重点村选派第一书记。\n"
        "第三条 第一书记不认真履职的，由派出单位召回。",
        TITLE,
    )
    assert not {t for s, t in edges(graph, "PART_OF") if s == "第一书记"} & {
        "县级党委组织部门",
        "县级人民政府农业农村部门",
    }


def test_assistance_unit_still_sends_its_first_secretary() -> None:
    graph = document(
        "第一条 定点帮扶单位应当向帮扶村选派第一书记。\n第二条 第一书记不认真履职的，由派出单位召回。",
        TITLE,
    )
    assert ("第一书记", "定点帮扶单位") in edges(graph, "PART_OF")
