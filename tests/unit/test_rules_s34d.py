"""Round 108 (drinking-water-source and water-area protection regulations): a subject qualified by a long
的-phrase of place that acts by its own powers before its verb (…保护区所在地的区人民政府及其相关部门按照职责
分工负责…), and the township pair printed as alternatives (乡人民政府或者街道办事处). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市水库水源保护条例"


def test_a_place_qualified_subject_acting_by_its_powers_holds_its_duty() -> None:
    graph = document(
        "第四条 市农业、林业等有关部门按照各自职责，做好水库保护工作。"
        "水库水源一级保护区所在地的区人民政府及其有关部门依照各自职责负责辖区内水库巡查工作。"
        "第五条 区人民政府应当公布巡查结果。",
        _TITLE,
    )
    assert holders_of_duty(graph, "负责辖区内水库巡查") == {"区人民政府", "区人民政府有关部门"}


def test_a_township_pair_offered_as_alternatives_is_one_body() -> None:
    graph = document(
        "第六条 镇人民政府或者街道办事处负责组织清理库区垃圾。第七条 区人民政府应当督促落实。",
        _TITLE,
    )
    assert holders_of_duty(graph, "清理库区垃圾") == {"镇人民政府或者街道办事处"}
    assert "街道办事处" not in names(graph)


def test_a_lead_list_closed_by_its_head_before_hui_tong_keeps_every_lead() -> None:
    graph = document(
        "第八条 市人民政府应当建立库区生态补偿制度。"
        "补偿办法由市水利、农业部门会同林业等有关部门制定，报市人民政府批准后公布。",
        _TITLE,
    )
    assert {"市水行政主管部门", "市农业部门"} <= holders_of_duty(graph, "补偿办法")
    assert {("市水行政主管部门", "市人民政府"), ("市农业部门", "市人民政府")} <= edges(graph, "REPORTS_TO")


def test_two_subject_lists_over_yiji_before_a_time_word_and_the_modal_are_one_subject() -> None:
    graph = document(
        "第九条 水库保护范围内的区人民政府及其林业等部门，以及镇人民政府、村民委员会，每年应当组织清理库岸垃圾。",
        _TITLE,
    )
    assert {"区人民政府", "镇人民政府", "村民委员会"} <= holders_of_duty(graph, "清理库岸垃圾")
