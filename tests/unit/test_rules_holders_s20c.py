"""Holder and duty rules of round s20c, each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): the numbered items of a list whose lead names documents, information,
facilities or works (报送下列材料：（一）…) are the lead's objects, no duties of their own; a means piece
(X应当通过…等方式，) joins the act in the piece after it; a sentence ending on ，(不)适用本办法 states the
text's scope: no duty, but the oversight edge it prints stands."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某县古树名木保护办法"


def test_items_listing_documents_are_no_duties() -> None:
    body = (
        "第一条 县林业主管部门应当在每年三月底前，将下列资料报送市林业主管部门备案：\n"
        "（一）古树名木普查名录；\n（二）养护责任人名单；\n（三）上一年度养护经费使用情况。\n"
    )
    graph = document(body, _TITLE)
    texts = duty_texts(graph)
    assert not [t for t in texts if t.startswith("（")], texts
    assert holders_of_duty(graph, "将下列资料报送") == {"县林业主管部门"}


def test_items_listing_facilities_after_a_long_qualifier_are_no_duties() -> None:
    body = "第一条 乡镇人民政府应当组织建设下列位于古树保护范围内的防护设施：\n（一）围栏和支架；\n（二）避雷装置。\n"
    texts = duty_texts(document(body, _TITLE))
    assert not [t for t in texts if t.startswith("（")], texts


def test_items_listing_units_stay_duties() -> None:
    body = (
        "第一条 古树名木的日常养护，由下列单位负责：\n"
        "（一）机关、学校院内的古树名木，由所在单位负责养护；\n"
        "（二）公园内的古树名木，由公园管理机构负责养护。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "由公园管理机构负责养护") == {"公园管理机构"}, duty_texts(graph)


def test_a_means_piece_joins_the_act_after_it() -> None:
    body = "第一条 县林业主管部门可以通过聘用护林员、签订养护协议等方式，委托村民委员会看护古树名木。\n"
    graph = document(body, _TITLE)
    texts = duty_texts(graph)
    assert texts == ["县林业主管部门可以通过聘用护林员、签订养护协议等方式，委托村民委员会看护古树名木"], texts
    assert holders_of_duty(graph, "委托村民委员会看护") == {"县林业主管部门"}


def test_a_bare_passing_act_is_no_means_piece() -> None:
    body = "第一条 古树移植方案应当通过专家论证，县林业主管部门方可批准移植。\n"
    texts = duty_texts(document(body, _TITLE))
    assert not [t for t in texts if "专家论证，" in t], texts


def test_a_scope_sentence_holds_no_duty_but_keeps_its_edge() -> None:
    body = (
        "第一条 县人民政府对乡镇人民政府的古树名木养护活动进行监督检查，适用本办法。\n"
        "宗教场所内的古树名木，不适用本办法。县林业主管部门应当建立古树名木档案。\n"
    )
    graph = document(body, _TITLE)
    texts = duty_texts(graph)
    assert texts == ["县林业主管部门应当建立古树名木档案"], texts
    pairs = edges(graph, "SUPERVISES")
    assert ("县人民政府", "乡镇人民政府") in pairs, pairs
