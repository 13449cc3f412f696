"""Round 128 (sanctions whose party sits in an earlier clause): in the village-committee laws a body's failing is
reported to the authorities (X…的，村民有权向A或者B及其有关主管部门反映), the set 有关人民政府或者主管部门 that
acts on the report is those addressees, and its order (经查证属实的，责令(其)改正) is given to the reported X.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某省村务管理办法"


def test_the_authorities_reported_to_hold_the_check_and_order_the_reported_body() -> None:
    graph = document(
        "第十条 村民委员会不按期公开村级财务收支的，村民有权向乡、镇人民政府或者县级人民政府及其有关主管部门反映，"
        "有关人民政府或者主管部门应当及时核查，查证属实的，责令其限期改正。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "及时核查")
    assert "乡、镇人民政府" in holders and "县级人民政府" in holders
    supervises = edges(graph, "SUPERVISES")
    assert ("乡、镇人民政府", "村民委员会") in supervises
    assert ("县级人民政府", "村民委员会") in supervises


def test_an_order_on_a_numbered_list_goes_to_the_items_subjects() -> None:
    graph = document(
        "第十一条 有下列情形之一的，村民可以向乡、镇人民政府反映；乡、镇人民政府应当在十日内核实，"
        "确有违法行为的，责令改正：\n（一）村民委员会擅自处置集体资产的；\n（二）村务监督委员会不履行监督职责的。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("乡、镇人民政府", "村民委员会") in supervises
    assert ("乡、镇人民政府", "村务监督委员会") in supervises


def test_an_order_with_no_report_before_it_gives_no_edge_to_the_named_unit() -> None:
    graph = document("第十二条 乡、镇人民政府发现安全隐患的，应当责令有关单位限期整改。", _TITLE)
    assert ("乡、镇人民政府", "有关单位") not in edges(graph, "SUPERVISES")
