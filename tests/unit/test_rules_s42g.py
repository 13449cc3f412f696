"""Round 133 (约谈 and its parties): the role of a level body picked by 有关/相关 (约谈相关县人民政府主要负责人)
is that level body's role, so the body answers for it afterwards (被约谈的单位应当…报告). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某某市河道保护条例"


def test_a_picked_level_body_role_sits_in_that_level_body() -> None:
    graph = document(
        "第九条 县人民政府应当保护河道。\n"
        "第十条 河道保护不力的，由市人民政府约谈相关县人民政府主要负责人。"
        "被约谈的单位应当在约谈后二十日内提出整改措施，并向约谈机关报告整改落实情况。",
        _TITLE,
    )
    assert ("市人民政府", "县人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert ("县人民政府主要负责人", "县人民政府") in edges(graph, "PART_OF")
    assert "县人民政府" in holder_names(graph, 10)
    assert ("县人民政府", "市人民政府") in edges(graph, "REPORTS_TO")


def test_a_role_of_a_set_with_no_level_word_stays_a_set_role() -> None:
    graph = document(
        "第九条 县人民政府应当保护河道。\n第十条 河道保护不力的，由市人民政府约谈有关人民政府负责人。",
        _TITLE,
    )
    assert ("市人民政府", "县人民政府主要负责人") not in edges(graph, "SUPERVISES")
    assert not any(target == "县人民政府" for _, target in edges(graph, "PART_OF"))


def test_a_place_determiner_before_an_interviewed_role_keeps_the_edge() -> None:
    graph = document(
        "第九条 县（区）人民政府应当保护河道。\n"
        "第十条 跨县（区）断面水质未达到考核目标的，市生态环境主管部门应当约谈所在地县（区）人民政府分管负责人，"
        "督促其制定整改方案。",
        _TITLE,
    )
    assert ("市生态环境主管部门", "县（区）人民政府分管负责人") in edges(graph, "SUPERVISES")


def test_work_joined_to_its_submission_by_bing_reports_to_the_receiver() -> None:
    graph = document(
        "第九条 县（区）人民政府应当保护河道。\n"
        "第十条 对河道保护不力的县（区）人民政府，由市河长制办公室进行约谈，被约谈的人民政府应当在十个工作日内"
        "制定整改措施并报市河长制办公室。",
        _TITLE,
    )
    assert ("县（区）人民政府", "市河长制办公室") in edges(graph, "REPORTS_TO")
