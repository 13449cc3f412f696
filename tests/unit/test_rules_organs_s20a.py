"""Organ rules of session 20 (round a): a place phrase before a levelled body (X所在地县级以上人民政府) opens
the subject with it, the reversed township pair 镇（乡） and 县（区） are level words.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names


def test_a_place_before_a_levelled_body_opens_its_subject() -> None:
    graph = document(
        "第一条 白鹭湖流域所在地县级以上人民政府应当加强湿地巡护。\n\n"
        "第二条 白鹭湖所在地设区的市人民政府应当编制湿地名录。\n\n"
        "第三条 白鹭湖流域所在地各级人民政府应当保护沿湖古桥。",
        "某省白鹭湖保护条例",
    )
    # the body keeps its own name: the place only narrows which of those bodies act
    assert holder_names(graph, 1) == {"县级以上人民政府"}
    assert holder_names(graph, 2) == {"设区的市人民政府"}
    assert holder_names(graph, 3) == {"各级人民政府"}


def test_a_place_before_a_department_list_keeps_the_list() -> None:
    graph = document(
        "第一条 白鹭湖所在地县级以上人民政府教育、林业等部门应当按照职责做好湿地科普。", "某省白鹭湖保护条例"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府教育部门", "县级以上人民政府林业部门"}


def test_a_place_word_before_an_unlevelled_body_still_names_it() -> None:
    # no level printed: the place phrase is the body's name, as before
    graph = document("第一条 渡口所在地人民政府应当设置警示标志。", "某县渡口管理办法")
    assert holder_names(graph, 1) == {"渡口所在地人民政府"}


def test_reversed_township_pair_and_county_pair_are_levels() -> None:
    graph = document("第一条 市、县（区）、镇（乡）人民政府应当保障渡口安全经费。", "某市渡口安全条例")
    assert holder_names(graph, 1) == {"市人民政府", "县（区）人民政府", "镇（乡）人民政府"}
    graph = document("第一条 镇（乡）人民政府、街道办事处应当协助排查渡口隐患。", "某市渡口安全条例")
    assert holder_names(graph, 1) == {"镇（乡）人民政府、街道办事处"}
