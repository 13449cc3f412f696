"""Relation rules of session 14 (relations helper, sixth round): a bare head listed with staff words
in a sanction is no liable role (as it is no oversight target); one half of a fixed pair printed alone
sits in the pair (PART_OF); 向X述职 is a report to X; a demonstrative 该 may stand before the object of
an oversight verb (约谈该县人民政府主要负责人). Each on a sentence written for the test: none comes from
the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short


def _doc(body: str, title: str = "某省水土保持工作责任制规定") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_staff_head_in_a_sanction_is_no_liable_role() -> None:
    graph = _doc(
        "第一条 县人民政府水行政主管部门负责本行政区域水土保持工作。\n"
        "第二条 县人民政府水行政主管部门未依法履行职责的，由县人民政府责令改正；"
        "对主要负责人、直接负责的主管人员和其他直接责任人员依法给予处分。\n"
    )
    liable = {short(li.organ) for li in graph.liabilities}
    assert not any(name.endswith("主要负责人") for name in liable)
    assert not any(short(r.source).endswith("主要负责人") for r in graph.relations if r.type == "PART_OF")


def test_named_head_in_a_sanction_stays_liable() -> None:
    graph = _doc("第一条 县人民政府未完成年度目标的，对县人民政府主要负责人依法给予处分。\n")
    assert "县人民政府主要负责人" in {short(li.organ) for li in graph.liabilities}


def test_half_of_a_fixed_pair_sits_in_the_pair() -> None:
    graph = _doc(
        "第一条 党中央、国务院统一部署全国水土保持工作。\n"
        "第二条 党中央研究决定水土保持工作的重大事项，督促省委、省政府落实。\n",
        title="水土保持工作责任制规定",
    )
    assert ("党中央", "党中央、国务院") in edges(graph, "PART_OF")


def test_half_of_a_pair_without_the_pair_has_no_part_of() -> None:
    graph = _doc("第一条 党中央研究决定水土保持工作的重大事项。\n", title="水土保持工作责任制规定")
    assert not edges(graph, "PART_OF")


def test_account_of_performance_is_a_report() -> None:
    graph = _doc("第一条 县人民政府主要负责人每年向市人民政府述职，说明水土保持目标完成情况。\n")
    assert ("县人民政府主要负责人", "市人民政府") in edges(graph, "REPORTS_TO")


def test_account_with_no_addressee_gives_no_edge() -> None:
    graph = _doc("第一条 县人民政府主要负责人应当把水土保持工作列入年度述职内容。\n")
    assert not edges(graph, "REPORTS_TO")


def test_demonstrative_before_the_object_of_an_oversight_verb() -> None:
    graph = _doc(
        "第一条 县人民政府连续两年未完成水土保持目标的，由市人民政府约谈该县人民政府主要负责人。\n"
        "第二条 市人民政府水行政主管部门应当督促该部门限期整改。\n"
    )
    assert ("市人民政府", "县人民政府主要负责人") in edges(graph, "SUPERVISES")


def test_demonstrative_place_gives_no_unresolved_object() -> None:
    graph = _doc("第一条 县人民政府未完成水土保持目标的，由市人民政府约谈该地区人民政府主要负责人。\n")
    assert not any(short(target).startswith("地区") for _, target in edges(graph, "SUPERVISES"))
