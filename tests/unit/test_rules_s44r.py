"""Round 139 (neighbours as partners, place words before a report receiver): a bracketed level word after a
partner area word (与相邻县（市）人民政府…协作) opens the partner's name, which the generic stem cannot span;
a report's receiver may follow the place of a short noun (报告工程实施地X, 报送监管执行地X). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.reading import fold_width
from tests.unit.rules_support import document, edges, surfaces

_TITLE = "某某市河道保护条例"


def test_a_bracketed_level_after_a_partner_neighbour_word_is_read() -> None:
    # the loader reads the width-folded view (县(市)), as a parse does
    found = surfaces(fold_width("镇人民政府应当加强与相邻县（市）人民政府的协作配合。"), "city")
    assert "相邻县(市)人民政府" in found


def test_the_neighbouring_governments_are_partners_of_the_cooperation() -> None:
    graph = document(
        "第八条 交界地区的区（市）人民政府应当加强与相邻区（市）人民政府的沟通协作，共同开展河道巡查。",
        _TITLE,
    )
    assert ("区（市）人民政府", "相邻区（市）人民政府") in edges(graph, "ASSISTS")


def test_a_neighbour_word_with_no_partner_link_keeps_its_reading() -> None:
    # no partner 与 and no cooperation word: no neighbour body is built
    found = surfaces(fold_width("县人民政府应当督促相邻县（市）人民政府落实河道整治任务。"), "city")
    assert not any(s.startswith("相邻") for s in found)


def test_a_report_receiver_after_a_place_of_work_word() -> None:
    graph = document(
        "第九条 施工单位应当在疏浚作业开始三日前，将作业方案书面报告疏浚工程实施地县级人民政府水行政主管部门。",
        _TITLE,
    )
    assert ("施工单位", "县级人民政府水行政主管部门") in edges(graph, "REPORTS_TO")


def test_a_report_receiver_after_a_place_of_execution_word() -> None:
    graph = document(
        "第十条 乡镇人民政府应当将整改情况及时报送整改执行地公安机关。",
        _TITLE,
    )
    assert ("乡镇人民政府", "公安机关") in edges(graph, "REPORTS_TO")
