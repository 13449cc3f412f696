"""Organ rules of session 16 (round d): a place named by where it lies (沿海, 沿线, 流域内…) before a level
phrase qualifies the bodies of that level, a set of its own that keeps the place in its name, and the
place before a level list qualifies every body of the list.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named


def test_area_before_a_collective_keeps_the_area_in_the_name() -> None:
    graph = document(
        "第一条 沿湖县级以上地方人民政府应当统筹湖泊岸线保护。\n第二条 县级以上地方人民政府应当加强湿地监测。\n",
        "某省某湖岸线保护条例",
    )
    organ = organ_named(graph, "沿湖县级以上地方人民政府")
    assert organ.level == "provincial"
    assert holder_names(graph, 1) == {"沿湖县级以上地方人民政府"}
    assert holder_names(graph, 2) == {"县级以上地方人民政府"}  # the plain collective stays apart


def test_area_before_a_level_word_gives_that_level() -> None:
    graph = document(
        "第一条 沿江乡镇人民政府应当组织堤防巡查。\n第二条 流域内各县级人民政府应当落实水质监测。\n",
        "某市某江堤防管理条例",
    )
    assert organ_named(graph, "沿江乡镇人民政府").level == "township"
    assert organ_named(graph, "流域内各县级人民政府").level == "county"


def test_area_word_without_a_level_phrase_opens_no_area() -> None:
    graph = document("第一条 沿线交通管理部门应当保障通行。\n", "某市某路养护条例")
    assert all(not name.startswith("沿线") or name == "沿线交通管理部门" for name in holder_names(graph, 1))


def test_area_before_a_level_list_qualifies_every_item() -> None:
    graph = document("第一条 沿岸设区的市、县（市、区）人民政府应当划定岸线保护范围。\n", "某省某河岸线保护条例")
    assert holder_names(graph, 1) == {"沿岸设区的市人民政府", "沿岸县(市、区)人民政府"}
    assert organ_named(graph, "沿岸设区的市人民政府").level == "municipal"
