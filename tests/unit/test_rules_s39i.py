"""Round 124 (city regulations of the wetland shape): a bare social unit closing a 、 joint subject after a
body (教育行政部门、学校应当…), and the half of a joint township body printed in full-width brackets
(乡（镇）人民政府 beside 乡（镇）人民政府和街道办事处), and a fronted 对 object closing on a matter noun past the
short-noun limit (对…重大、疑难违法案件，实行…). Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某市河湖保护条例"


def test_a_school_after_a_department_and_a_comma_of_enumeration_holds_the_duty() -> None:
    graph = document("第五条 教育行政部门、学校应当将河湖保护知识纳入课外实践活动。", _TITLE)
    assert holders_of_duty(graph, "纳入课外实践") == {"教育行政部门", "学校"}


def test_a_school_after_a_word_that_names_no_body_stays_a_place() -> None:
    graph = document("第五条 社区、学校应当张贴节水标识。第六条 水行政主管部门应当巡查。", _TITLE)
    assert "学校" not in names(graph)


def test_a_bracketed_township_half_sits_in_its_joint_body() -> None:
    graph = document(
        "第五条 乡（镇）人民政府应当组织河湖清理。"
        "第六条 河湖所在地乡（镇）人民政府和街道办事处应当建立巡河制度，按时清理垃圾。",
        _TITLE,
    )
    assert ("乡（镇）人民政府", "乡(镇)人民政府和街道办事处") in edges(graph, "PART_OF")


def test_a_fronted_matter_with_long_modifiers_joins_the_act_after_it() -> None:
    graph = document(
        "第七条 县人民政府应当建立河湖执法协作机制，对跨区域河湖管理中发现的重大、疑难违法案件，实行联合查处。",
        _TITLE,
    )
    assert any(text.startswith("对跨区域") and text.endswith("实行联合查处") for text in duty_texts(graph))
