"""Duty-holder and relation rules (regulated actors as oversight targets, subjects, holders,
encouragement, special-zone jurisdictions), each on a sentence written for the test: none comes
from the seeds, the corpus or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省森林防火条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def _holders(graph: DocumentGraph, article: int) -> list[list[str]]:
    return [[h.split("/")[1] for h in d.holders] for d in graph.duties if d.article == article]


def test_no_oversight_edge_to_roles_of_non_state_units() -> None:
    graph = _doc(
        "第一条 市人民政府应当对未履行防火职责的造林企业的主要负责人进行约谈。\n"
        "第二条 县林业主管部门应当督促中介机构及其从业人员遵守防火规定。\n"
        "第三条 市人民政府应当对县人民政府的主要负责人进行约谈。\n"
    )
    supervised = edges(graph, "SUPERVISES")
    assert not [edge for edge in supervised if edge[0] != "市人民政府" or "县人民政府" not in edge[1]]
    assert ("市人民政府", "县人民政府主要负责人") in supervised  # a state body's role stays a target


def test_special_zone_regulation_is_its_city() -> None:
    body = "第一条 市人民政府应当加强森林防火工作。\n"
    city = _doc(body, title="汕头经济特区森林防火条例")
    assert (city.document.jurisdiction, city.document.level) == ("汕头市", "municipal")
    island = _doc(body, title="海南经济特区森林防火条例")
    assert (island.document.jurisdiction, island.document.level) == ("海南省", "provincial")


def test_qi_before_the_subject_and_items_after_it() -> None:
    items = "（一）设置防火通道；\n（二）配备灭火器材。\n"
    graph = _doc("第一条 景区、林场等经营场所，其经营单位应当遵守下列规定：\n" + items)
    assert _holders(graph, 1) == [["经营单位"]] * 3


def test_list_after_organising_verb_is_no_subject() -> None:
    graph = _doc("第一条 县人民政府应当加强防火监测，组织林业、应急管理、气象等有关部门建立信息共享机制。\n")
    assert _holders(graph, 1) == [["县人民政府"], ["县人民政府"]]


def test_where_an_office_sits_is_no_duty() -> None:
    office = "市、县森林防火委员会的办事机构设在同级林业主管部门。\n"
    graph = _doc("第一条 市、县森林防火委员会统筹协调森林防火工作。" + office)
    assert len(graph.duties) == 1 and "设在" not in graph.duties[0].text


def test_agent_list_after_a_place_qualifier() -> None:
    graph = _doc("第一条 森林防火监督检查由林区所在地人民政府以及负有森林防火职责的部门实施。\n")
    assert len(_holders(graph, 1)) == 1 and len(_holders(graph, 1)[0]) == 2
    assert "负有森林防火职责的部门" in _holders(graph, 1)[0]


def test_encouragement_after_a_subject_is_no_duty_but_a_verb_list_is() -> None:
    graph = _doc(
        "第一条 市、县人民政府应当加强森林防火工作，支持、督促有关部门依法履行防火职责。\n"
        "第二条 各级人民政府鼓励森林防火科学技术研究，支持先进灭火装备的推广应用。\n"
        "第三条 县人民政府应当积极鼓励和引导社会力量参与森林防火。\n"
        "第四条 林业主管部门应当主动支持和参与森林防火宣传。\n"
        "第五条 县人民政府应当组织扑火队伍，鼓励林农参加扑火训练。\n"
    )
    assert [d.text for d in graph.duties if d.article == 1][1].startswith("支持、督促")
    assert ("市人民政府", "有关部门") in edges(graph, "SUPERVISES")
    assert not _holders(graph, 2) and _holders(graph, 3) == [["县人民政府"]]  # 应当鼓励: own duty (dev 38:2)
    assert len(_holders(graph, 4)) == 1
    assert [d.text for d in graph.duties if d.article == 5] == ["县人民政府应当组织扑火队伍"]


def test_de_phrase_before_the_subject_of_a_clause() -> None:
    graph = _doc(
        "第一条 本条例第三条所列以外的林业经营单位，护林人员超过五十人的，应当设立专职防火队伍；"
        "护林人员在五十人以下的，应当配备兼职防火人员。\n"
        "第二条 规模较大的林业经营单位应当配备瞭望设施。\n"
    )
    assert _holders(graph, 1) == [["林业经营单位"], ["林业经营单位"]]
    assert _holders(graph, 2) == [["林业经营单位"]]


def test_an_office_located_inside_a_noun_phrase_keeps_the_duty() -> None:
    graph = _doc("第一条 县林业主管部门应当检查、监督设在林区的防火站的工作。\n")
    assert len(graph.duties) == 1


def test_de_phrase_subject_of_a_sanction_condition_is_no_holder() -> None:
    sanction = "由县林业主管部门给予警告，责令限期办理变更手续。\n"
    graph = _doc("第一条 护林员变更工作的林业经营单位，未办理变更登记手续的，" + sanction)
    assert _holders(graph, 1) and all(h == ["县林业主管部门"] for h in _holders(graph, 1))


def test_purpose_and_state_encouragement_hold_no_duty() -> None:
    state = "国家鼓励林农与社会力量合作开展森林防火。\n"
    graph = _doc("第一条 县林业主管部门应当建立防火巡查制度，以鼓励林农参与巡查。" + state)
    assert [d.text for d in graph.duties] == ["县林业主管部门应当建立防火巡查制度"]
