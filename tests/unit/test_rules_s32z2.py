"""Round 105 (a street regulation with no chapters): 主管 before its scope word (主管全市…, 主管本…) is the verb
of the department before it, no part of the name of the body it oversees. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市街道办事处条例"


def test_zhuguan_before_a_scope_word_ends_the_department_name() -> None:
    graph = document(
        "第五条 市人民政府加强对街道工作的领导。市民政部门主管全市街道办事处的业务指导工作，承担街道办事处的培训。",
        _TITLE,
    )
    assert "市民政部门" in names(graph)
    assert holders_of_duty(graph, "主管全市街道办事处") == {"市民政部门"}
    assert holders_of_duty(graph, "承担街道办事处的培训") == {"市民政部门"}


def test_zhuguan_before_ben_is_the_verb_too() -> None:
    graph = document("第五条 县民政部门主管本县乡镇人民政府的日常指导工作。", "某某县乡镇工作条例")
    assert holders_of_duty(graph, "主管本县") == {"县民政部门"}


def test_a_department_named_with_zhuguan_keeps_its_name() -> None:
    graph = document("第六条 市民政主管部门应当指导街道办事处的工作。", _TITLE)
    assert holders_of_duty(graph, "指导街道办事处") == {"市民政主管部门"}
