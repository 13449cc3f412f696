"""Round 108 (oversight and report edges across documents): 抽查 of a body is an inspection of it (SUPERVISES), a
body hired by Y dismissed by Y on a condition (…的，由Y予以解聘) is overseen by Y, and a handling result fed back
to the body that sent the matter (向发出指令的X反馈处理结果) is a report to it. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县森林防火责任制规定"


def test_a_spot_check_of_a_body_is_an_oversight_of_it() -> None:
    graph = document("第三条 县人民政府对乡镇人民政府的防火准备情况进行抽查。", _TITLE)
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_a_spot_check_of_no_body_gives_no_edge() -> None:
    graph = document("第三条 县林业主管部门应当组织抽查。", _TITLE)
    assert not edges(graph, "SUPERVISES")


def test_a_dismissal_on_a_condition_is_an_oversight_of_the_hired() -> None:
    graph = document("第五条 护林员不履行巡护职责的，由县林业主管部门予以解聘。", _TITLE)
    assert ("县林业主管部门", "护林员") in edges(graph, "SUPERVISES")


def test_dismissal_as_a_mere_use_of_results_gives_no_edge() -> None:
    graph = document("第五条 护林员的考核结果作为续聘、解聘的依据。", _TITLE)
    assert not edges(graph, "SUPERVISES")


def test_a_handling_result_fed_back_to_the_body_that_sent_the_matter_is_no_report_under_the_gate() -> None:
    graph = document("第六条 县水利局应当及时处理，并向发出指令的乡镇人民政府反馈处理结果。", _TITLE)
    # session 38 gate: 反馈 is no README trigger
    assert ("县水利局", "乡镇人民政府") not in edges(graph, "REPORTS_TO")


def test_an_oversight_result_fed_back_down_is_no_report() -> None:
    graph = document("第六条 县教育督导机构应当向被督导的县教育局反馈督导结果。", _TITLE)
    assert not edges(graph, "REPORTS_TO")
