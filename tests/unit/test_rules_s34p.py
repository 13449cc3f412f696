"""Round 109 (其他X collectives): the rest of one level's departments printed with 其他 glued to the level
word (其他市级有关部门, 其他县直部门) is that level's unnamed set, and a list item opened by the rest of a set
(（三）其他有关部门和单位，应当…) is a duty of that set, not a catch-all item. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, surfaces

_TITLE = "某某市节约用水条例"


def test_other_before_a_level_word_opens_the_level_set() -> None:
    assert surfaces("其他市级有关部门应当配合做好节水宣传工作。", "municipal") == ["市级有关部门"]


def test_the_rest_of_a_level_departments_is_its_unnamed_set() -> None:
    graph = document(
        "第四条 县直有关部门按照职责做好节水工作。其他县直部门结合各自职能配合做好节水宣传工作。",
        "某某县节约用水办法",
    )
    assert holders_of_duty(graph, "配合做好节水宣传") == {"县直有关部门"}


def test_other_before_a_level_government_is_left_alone() -> None:
    assert not surfaces("其他县级人民政府应当配合。", "municipal")


def test_an_item_opened_by_the_rest_of_a_set_is_its_duty() -> None:
    graph = document(
        "第七条 有关部门应当履行下列职责：\n（一）水务部门负责节水设施的监督管理；\n"
        "（二）其他有关部门和单位，应当按照各自职责做好节水宣传工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "节水宣传") == {"有关部门和单位"}


def test_a_catch_all_item_of_other_things_stays_no_duty() -> None:
    graph = document(
        "第七条 水务部门应当履行下列职责：\n（一）监督管理节水设施；\n（二）其他需要报告的单位。",
        _TITLE,
    )
    assert not any("需要报告" in d.text for d in graph.duties)
