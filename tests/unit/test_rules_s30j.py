"""Chief-system rules (s30j), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a numbered item whose subject is followed by how often it acts (（一）县级林长
每年不少于两次；) holds that frequency itself, as the same words are read in a sentence; the post a
levelled chief delegates to (由县总林长或者其委托的副总林长…) stands at the chief's level and acts with it."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, names


def test_a_frequency_item_is_held_by_its_own_subject() -> None:
    graph = document(
        "第一条 林长应当按照下列频次开展巡林：\n（一）县级林长每年不少于两次；\n（二）乡级林长每季度不少于一次。\n",
        "某县林长制实施办法",
    )
    assert holders_of_duty(graph, "县级林长每年") == {"县级林长"}
    assert holders_of_duty(graph, "乡级林长每季度") == {"乡级林长"}


def test_a_frequency_in_a_list_of_objects_makes_no_duty() -> None:
    graph = document(
        "第一条 林长制办公室应当对下列事项开展督查：\n（一）县级林长履职情况；\n（二）乡级林长每月巡林记录。\n",
        "某县林长制实施办法",
    )
    assert duty_texts(graph) == ["林长制办公室应当对下列事项开展督查："]


def test_the_delegated_deputy_stands_at_the_chiefs_level_and_acts_too() -> None:
    graph = document(
        "第一条 林长述职会议每年召开一次，由县总林长或者其委托的副总林长主持。\n",
        "某县林长制实施办法",
    )
    assert "县副总林长" in names(graph)
    assert holders_of_duty(graph, "主持") == {"县总林长", "县副总林长"}


def test_a_relative_chief_lends_no_level_to_its_delegate() -> None:
    graph = document(
        "第一条 乡级林长履职不力的，由上一级林长或者其委托的林长制办公室负责人对其进行约谈。\n",
        "某县林长制实施办法",
    )
    assert not any(name.startswith("上一级林长制") for name in names(graph))
