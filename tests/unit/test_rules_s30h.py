"""Round 98 (relations of central regulations): a body acting through 对 before a definition bracket is no
part of the name defined (X对A、B(以下统称W)进行考核); 接受X依法实施的监督 is accepted oversight; an order
opening a clause (责令限期整改) goes to the organs the notice before it named.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某工作责任制考核办法"


def test_the_body_before_a_fronted_object_is_no_part_of_the_defined_name() -> None:
    graph = document(
        "第二条 国务院对各省、自治区、直辖市人民政府（以下统称省级政府）落实节水责任情况进行考核，适用本办法。"
        "第三条 省级政府应当制定年度节水目标。",
        _TITLE,
    )
    assert ("国务院", "省级政府") in edges(graph, "SUPERVISES")
    assert "国务院" in names(graph)


def test_oversight_a_body_performs_by_law_is_accepted() -> None:
    graph = document("第一条 县水务局应当接受县人民政府审计部门依法实施的监督。", _TITLE)
    assert ("县人民政府审计部门", "县水务局") in edges(graph, "SUPERVISES")


def test_an_order_after_a_notice_goes_to_the_bodies_notified() -> None:
    graph = document("第一条 市人民政府应当向有关县人民政府下发节水整改通知，责令限期整改。", _TITLE)
    assert ("市人民政府", "有关县人民政府") in edges(graph, "SUPERVISES")
    graph = document("第一条 对抽查中发现的问题，市人民政府应当书面通知县人民政府，责令限期整改。", _TITLE)
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")


def test_units_notified_take_no_edge() -> None:
    graph = document("第一条 县水务局应当向有关单位下达节水整改通知书，责令限期整改。", _TITLE)
    assert not edges(graph, "SUPERVISES")
