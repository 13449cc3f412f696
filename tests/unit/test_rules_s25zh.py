"""An item of a definition or contents list that names an act as a noun ((一)X对Y…的督导；) is no duty,
but the edges it prints stand; an item whose subject acts through a verb is left as it was."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges

TITLE = "某某省体育督导条例"


def test_nominal_act_item_under_a_definition_keeps_its_edges() -> None:
    graph = document(
        "第二条 本省的体育督导活动，适用本条例。\n本条例所称体育督导，包括：\n"
        "（一）县级以上人民政府对下级人民政府落实体育法律、法规的督导；\n"
        "（二）县级以上人民政府对学校体育工作的督导。",
        TITLE,
    )
    assert ("县级以上人民政府", "下级人民政府") in edges(graph, "SUPERVISES")
    assert ("县级以上人民政府", "下级人民政府") in edges(graph, "GUIDES")
    assert not any("督导" in t for t in duty_texts(graph))


def test_nominal_act_item_under_a_contents_lead_keeps_its_edges() -> None:
    graph = document(
        "第二条 体育督导包括以下内容：\n（一）省人民政府对设区的市人民政府履行体育职责的督导；\n（二）体育设施的检查。",
        TITLE,
    )
    assert ("省人民政府", "设区的市人民政府") in edges(graph, "SUPERVISES")
    assert not duty_texts(graph)


def test_item_with_a_verb_is_not_a_nominal_act() -> None:
    graph = document(
        "第二条 体育督导包括以下内容：\n（一）省人民政府应当加强对设区的市人民政府体育工作的监督；",
        TITLE,
    )
    assert not edges(graph, "SUPERVISES")
