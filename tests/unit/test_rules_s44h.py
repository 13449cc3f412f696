"""Round 137 (PART_OF and RESPONSIBLE_FOR holders). Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市湖泊保护条例"


def _holders(graph: DocumentGraph, article: int) -> set[str]:
    return {short(h) for duty in graph.duties if duty.article == article for h in duty.holders}


def test_a_single_function_opening_a_clause_before_a_related_set_is_a_department() -> None:
    graph = document(
        "第四条 市人民政府负责本市湖泊保护工作。\n第六条 水务以及其他有关部门负责收集湖泊水质的监测数据。",
        _TITLE,
        "总则",
    )
    assert "水务部门" in _holders(graph, 6)


def test_a_single_function_before_a_related_set_makes_its_superior_supervise_it() -> None:
    graph = document(
        "第四条 市人民政府负责本市湖泊保护工作。\n"
        "第九条 水务和其他有关行政管理部门的工作人员滥用职权的，由上级主管部门依法给予处分。",
        _TITLE,
        "法律责任",
    )
    assert "水务部门" in {short(li.organ) for li in graph.liabilities if li.article == 9}


def test_a_function_after_a_comma_in_a_list_of_things_names_no_department() -> None:
    graph = document(
        "第五条 市人民政府应当促进湖泊养护、水务和有关部门之间的信息共享。",
        _TITLE,
        "总则",
    )
    assert "水务部门" not in {short(o.id) for o in graph.organs}


def test_the_receivers_are_every_body_the_sentence_before_addressed() -> None:
    graph = document(
        "第四条 市人民政府负责本市湖泊保护工作。\n"
        "第十二条 养殖单位发生水体污染的，应当向水务部门、公安机关报告；造成鱼类死亡的，还应当同时向农业农村部门报告。"
        "接到报告的部门应当及时组织处置。",
        _TITLE,
        "应急",
    )
    holders = {short(h) for d in graph.duties if d.article == 12 and "处置" in d.text for h in d.holders}
    assert {"水务部门", "公安机关", "农业农村部门"} <= holders
