"""Relation rules of session 20 (round k): the sentences printed after an inline condition list in the
same paragraph are read (the list ends with its sentence, not with its line); the bare departments listed
after a report's first target share that target's body (向X人民政府A部门和负有…职责的有关部门报告).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某县河道管理办法"
_INLINE = (
    "第一条 县人民政府负责河道管理。\n"
    "第二条 有下列情形之一的，由县人民政府约谈乡镇人民政府主要负责人：（一）河道保洁不合格的；"
    "（二）发生重大污染事件的。被约谈的乡镇人民政府应当在十五日内向县人民政府报告整改情况。"
    "乡镇人民政府应当每年向水务部门报送河道巡查记录。\n"
)


def test_sentences_after_an_inline_condition_list_are_read() -> None:
    graph = document(_INLINE, _TITLE)
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县人民政府") in reports
    assert ("乡镇人民政府", "水务部门") in reports
    assert "乡镇人民政府" in holder_names(graph, 2)


def test_the_items_of_an_inline_condition_list_stay_no_duty() -> None:
    graph = document(_INLINE, _TITLE)
    assert not any(d.text.startswith("(二)") or d.text.startswith("（二）") for d in graph.duties)
    assert ("县人民政府", "乡镇人民政府主要负责人") in edges(graph, "SUPERVISES")


def test_an_item_on_its_own_line_keeps_its_line() -> None:
    body = (
        "第一条 县人民政府负责河道管理。\n"
        "第二条 有下列情形之一的，由县人民政府责令乡镇人民政府改正：\n"
        "（一）未按规定巡查河道的。\n"
        "（二）未及时清理河道垃圾的。\n"
    )
    graph = document(body, _TITLE)
    assert not any("巡查河道" in d.text for d in graph.duties)


_REPORT = (
    "第一条 省人民政府负有河道监督管理职责的有关部门负责指导河道巡查。\n"
    "第二条 县级人民政府水务部门接到险情报告后，应当立即上报至省人民政府水务部门和负有河道监督管理职责的有关部门。\n"
)


def test_a_bare_department_after_a_report_target_shares_its_body() -> None:
    graph = document(_REPORT, "某省河道管理条例")
    reports = edges(graph, "REPORTS_TO")
    assert ("县级人民政府水务部门", "省人民政府负有河道监督管理职责的有关部门") in reports
    assert ("县级人民政府水务部门", "省人民政府水务部门") in reports
    assert not any(target == "负有河道监督管理职责的有关部门" for _, target in reports)


def test_a_member_with_a_body_of_its_own_keeps_it() -> None:
    body = (
        "第一条 县人民政府负责河道管理。\n"
        "第二条 乡镇人民政府发现险情，应当立即向县人民政府水务部门和县应急管理部门报告。\n"
    )
    graph = document(body, _TITLE)
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "县应急管理部门") in reports
