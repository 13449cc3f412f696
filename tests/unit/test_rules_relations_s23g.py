"""Round 45 relation rules: 接受 governs every list joined after an oversight noun (接受X的领导和Y的监督指导 /
接受X的监督和Y的指导), and the organ finder opens a body after such a 和. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces

_TITLE = "某县档案管理条例"


def test_a_body_opens_after_an_oversight_noun_and_he() -> None:
    text = "县档案馆接受县人民政府的领导和县档案局、县文化局的监督指导。"
    assert surfaces(text, "county") == ["县人民政府", "县档案局", "县文化局"]


def test_accepts_governs_the_list_after_leadership() -> None:
    graph = document("第五条 县档案局应当接受县人民政府的领导和市档案局、县文化局的监督指导。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("市档案局", "县档案局"), ("县文化局", "县档案局")}
    assert edges(graph, "GUIDES") == {("市档案局", "县档案局"), ("县文化局", "县档案局")}


def test_accepts_governs_each_list_with_its_own_noun() -> None:
    graph = document("第五条 县档案局接受县人民政府的监督和市档案局的指导。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("县人民政府", "县档案局")}
    assert edges(graph, "GUIDES") == {("市档案局", "县档案局")}


def test_oversight_of_an_object_still_reaches_it() -> None:
    graph = document("第五条 县档案局应当加强对县文化局的监督和指导。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("县档案局", "县文化局")}


def test_public_units_accepting_oversight_take_the_edge() -> None:
    graph = document("第五条 国家机关、国有企业事业单位、人民团体应当接受县审计局的监督。", _TITLE)
    assert edges(graph, "SUPERVISES") == {
        ("县审计局", "国家机关"),
        ("县审计局", "国有企业事业单位"),
        ("县审计局", "人民团体"),
    }


def test_a_firm_accepting_oversight_takes_no_edge() -> None:
    graph = document("第五条 生产经营单位应当接受县档案局的监督。", _TITLE)
    assert edges(graph, "SUPERVISES") == set()


def test_a_sanction_on_public_units_gives_the_edge() -> None:
    graph = document("第五条 国有企业事业单位、人民团体违反本条例规定，未建立档案制度的，由县档案局责令改正。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("县档案局", "国有企业事业单位"), ("县档案局", "人民团体")}
