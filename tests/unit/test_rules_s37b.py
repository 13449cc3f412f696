"""Round 118 (anaphora to bodies named earlier): a bare 人民政府 (or 当地人民政府) printed with the government's
own agency (人民政府或者它的派出机关, 人民政府和街道办事处) after the document has named the governments of that very
pair is those governments again; and an item of a list titled by its holder's duties (X的任务：) that reports
to a body (向Y反映) is the holder's report. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某社区服务站工作条例"
_NAMED = (
    "第二条 市、县的人民政府或者它的派出机关对社区服务站的工作给予指导。"
    "社区服务站协助市、县的人民政府或者它的派出机关开展工作。"
)


def test_a_bare_government_of_the_pair_is_the_governments_named_before() -> None:
    graph = document(_NAMED + "第三条 社区服务站应当协助人民政府或者它的派出机关做好防疫工作。", _TITLE)
    helped = {target for source, target in edges(graph, "ASSISTS") if source == "社区服务站"}
    assert {"市人民政府", "县人民政府", "派出机关"} <= helped
    assert not any(o.name == "人民政府" for o in graph.organs)
    assert {r.target.split("/")[1] for r in graph.relations if r.type == "ASSISTS" and r.article == 3} == {
        "市人民政府",
        "县人民政府",
        "派出机关",
    }


def test_a_local_government_of_the_pair_is_the_governments_named_before() -> None:
    graph = document(_NAMED + "第三条 社区服务站在当地人民政府或者它的派出机关的指导下开展便民服务。", _TITLE)
    guides = {r.source.split("/")[1] for r in graph.relations if r.type == "GUIDES" and r.article == 3}
    assert {"市人民政府", "县人民政府", "派出机关"} <= guides
    assert "当地人民政府" not in guides


def test_the_agency_of_the_pair_is_read_after_the_bare_government() -> None:
    graph = document(
        "第二条 本市各级人民政府和街道办事处对社区服务站的工作给予指导。"
        "第三条 社区服务站应当协助人民政府和街道办事处做好防疫工作。",
        _TITLE,
    )
    article_3 = {(r.source.split("/")[1], r.target.split("/")[1]) for r in graph.relations if r.article == 3}
    assert ("社区服务站", "街道办事处") in article_3
    assert ("社区服务站", "各级人民政府") in article_3


def test_a_pair_named_nowhere_before_stays_as_it_was() -> None:
    graph = document("第三条 社区服务站应当协助人民政府或者它的派出机关做好防疫工作。", _TITLE)
    assert not any(o.name in ("市人民政府", "县人民政府") for o in graph.organs)


def test_two_different_lists_before_leave_the_bare_word() -> None:
    graph = document(
        "第二条 县人民政府或者它的派出机关指导社区服务站的工作。"
        "镇人民政府或者它的派出机关支持社区服务站的工作。"
        "第三条 社区服务站应当协助人民政府或者它的派出机关做好防疫工作。",
        _TITLE,
    )
    article_3 = {r.target.split("/")[1] for r in graph.relations if r.type == "ASSISTS" and r.article == 3}
    assert "县人民政府" not in article_3


def test_an_item_of_a_titled_list_reports_to_the_body_it_names() -> None:
    graph = document(
        # session 38 gate: 反映 is no README trigger; the titled list is read on a printed 报告
        "第四条 社区服务站的任务：\n（一）调解邻里纠纷；\n（二）向区人民政府和街道办事处报告群众的意见和要求。",
        _TITLE,
    )
    assert {("社区服务站", "区人民政府"), ("社区服务站", "街道办事处")} <= edges(graph, "REPORTS_TO")


def test_a_possessor_before_the_body_still_gives_no_report() -> None:
    graph = document("第四条 业主对社区服务站的答复有异议的，可以向街道办事处反映。", _TITLE)
    assert ("社区服务站", "街道办事处") not in edges(graph, "REPORTS_TO")


def test_the_bodies_before_an_own_unit_word_still_guide() -> None:
    graph = document("第五条 职工委员会在镇人民政府或者它的派出机关和本单位的指导下开展活动。", _TITLE)
    assert {("镇人民政府", "职工委员会"), ("派出机关", "职工委员会")} <= edges(graph, "GUIDES")
