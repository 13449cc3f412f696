"""Relative targets of round 74: 同级/本级X (a post named at several levels: 市级河长, 县级河长) seen from a
body or post of no one level that stands at several is the post of each of those levels, one edge per
level, not the every-level collective. The levels are the span of the source's prefix (县级以上森林公安机关),
the level words the source is printed with (市级河湖警长, 县级河湖警长), or the span it is set up at
(县级以上设立河湖警长).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_CHIEFS = "第一条 市、县两级设立河长。市级河长负责本市河道保护。县级河长负责本县河道保护。\n"


def test_spanning_source_assists_the_post_of_each_level_of_its_span() -> None:
    body = (
        "第一条 省、市、县三级设立林长。省级林长负责全省森林保护。\n"
        "市级林长负责本市森林保护。县级林长负责本县森林保护。\n"
        "第二条 县级以上森林公安机关应当配合本级林长开展巡查。"
    )
    graph = document(body, "某某省林长制条例")
    assert edges(graph, "ASSISTS") == {
        ("县级以上森林公安机关", "省级林长"),
        ("县级以上森林公安机关", "市级林长"),
        ("县级以上森林公安机关", "县级林长"),
    }


def test_post_printed_at_levels_assists_and_reports_to_the_chief_of_each() -> None:
    body = (
        "第一条 河湖警长应当依法履职。市公安局负责人担任市级河湖警长，县公安局负责人担任县级河湖警长。\n"
        "第二条 市、县两级设立河长。市级河长负责本市河道保护。县级河长负责本县河道保护。\n"
        "第三条 河湖警长协助同级河长开展巡河工作，并向同级河长报告执法情况。"
    )
    graph = document(body, "某某市河长制规定")
    expected = {("河湖警长", "市级河长"), ("河湖警长", "县级河长")}
    assert edges(graph, "ASSISTS") == expected
    assert edges(graph, "REPORTS_TO") == expected


def test_post_set_up_over_a_span_assists_the_chief_of_each_level() -> None:
    body = _CHIEFS + "第二条 县级以上设立河湖警长，由本级公安机关负责人担任。\n"
    body += "第三条 河湖警长协助同级河长开展巡河工作。"
    graph = document(body, "某某市河长制规定")
    assert edges(graph, "ASSISTS") == {("河湖警长", "市级河长"), ("河湖警长", "县级河长")}


def test_no_split_where_a_level_of_the_span_names_no_post() -> None:
    body = (
        "第一条 市、县两级设立河长。市级河长负责本市河道保护。\n"
        "第二条 县级以上设立河湖警长，由本级公安机关负责人担任。\n"
        "第三条 河湖警长协助同级河长开展巡河工作。"
    )
    graph = document(body, "某某市河长制规定")
    assert ("河湖警长", "县级河长") not in edges(graph, "ASSISTS")
    assert len(edges(graph, "ASSISTS")) <= 1
