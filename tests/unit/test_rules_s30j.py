"""Chief-system rules (s30j), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a numbered item whose subject is followed by how often it acts (（一）市级山长
每年不少于两次；) holds that frequency itself, as the same words are read in a sentence."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty


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
