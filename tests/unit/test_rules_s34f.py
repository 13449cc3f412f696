"""Round 108 (oversight edges across documents): 抽查 of a body is an inspection of it (SUPERVISES), and a
body hired by Y dismissed by Y on a condition (…的，由Y予以解聘) is overseen by Y. Each rule on a sentence
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
