"""Organ rules of round 38 (new documents): named places listed before one 人民政府 each name their own
government; zones listed before one 管委会 each name their own committee; a clause opened by 所在地 before
a level phrase keeps its subject; 乡、镇 closing a longer level list is one township body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces


def test_named_places_listed_before_one_government_each_name_their_own() -> None:
    graph = document("第一条 青石区、白水区、金沙县人民政府负责本区域的河道巡查工作。", "某省河道管理条例")
    assert {"青石区人民政府", "白水区人民政府", "金沙县人民政府"} <= names(graph)
    assert holders_of_duty(graph, "河道巡查") == {"青石区人民政府", "白水区人民政府", "金沙县人民政府"}
    # a level list is no list of named places
    assert surfaces("市、县人民政府负责本区域的河道巡查工作。", "provincial") == ["市", "县人民政府"]


def test_the_first_named_place_opens_after_a_function_character() -> None:
    # 及 before 青石区 is no part of the name; 石家庄市-like three-character names are read whole
    assert surfaces("本条例涉及青石区、白水区人民政府的职责。", "provincial")[:2] == ["青石区", "白水区人民政府"]
    assert surfaces("，金沙河市、白水区人民政府负责巡查。", "provincial")[:2] == ["金沙河市", "白水区人民政府"]


def test_zones_listed_before_one_committee_each_name_their_own() -> None:
    graph = document(
        "第一条 东湖新区、临港经济开发区和滨江高新区等管委会根据市人民政府授权，做好辖区内河道巡查工作。",
        "某市河道管理条例",
    )
    committees = {"东湖新区管委会", "临港经济开发区管委会", "滨江高新区管委会"}
    assert committees <= names(graph)
    assert holders_of_duty(graph, "河道巡查") == committees
    named = surfaces("东湖新区、临港经济开发区管理委员会负责巡查。", "municipal")
    assert named == ["东湖新区", "临港经济开发区管理委员会"]
    # one zone alone keeps its plain reading
    assert surfaces("东湖新区管委会负责巡查。", "municipal") == ["东湖新区管委会"]


def test_a_clause_opened_by_the_place_word_keeps_its_subject() -> None:
    graph = document("第一条 所在地县、乡人民政府应当加强对湿地的日常巡查。", "某市湿地保护条例")
    assert holders_of_duty(graph, "日常巡查") == {"县人民政府", "乡人民政府"}
    graph = document("第一条 所在地县人民政府应当加强对湿地的日常巡查。", "某市湿地保护条例")
    assert holders_of_duty(graph, "日常巡查") == {"县人民政府"}


def test_township_places_closing_a_level_list_are_one_body() -> None:
    graph = document("第一条 市、县、乡、镇人民政府应当加强对湿地的日常巡查。", "某省湿地保护条例")
    assert holders_of_duty(graph, "日常巡查") == {"市人民政府", "县人民政府", "乡、镇人民政府"}
