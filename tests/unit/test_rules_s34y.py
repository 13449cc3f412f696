"""Round 111 (duty segmentation of a later ，由Y… piece): a clause that already makes an act of its own (a
printed subject before a run of qualifier pieces, or a modal in its last piece) ends before a comma piece that
names another agent after 由 (…配备Y，由Z进行日常管理 / …应当…，必要时由Z组织…); each is a duty of its own.
A condition closing inside the joined clause (X有下列情形之一的，按照…，由Y追究…) keeps one clause. Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某县水库管理办法"


def test_a_subject_with_qualifier_pieces_ends_before_a_you_agent_piece() -> None:
    graph = document(
        "第五条 县水利局可以通过委托管理等方式，按照水库规模配备管护人员，由乡（镇）人民政府负责日常监督。",
        _TITLE,
    )
    assert holders_of_duty(graph, "配备管护人员") == {"县水利局"}
    assert holders_of_duty(graph, "负责日常监督") == {"乡（镇）人民政府"}
    assert not any("配备管护人员" in text and "日常监督" in text for text in duty_texts(graph))


def test_a_modal_piece_ends_before_a_you_agent_piece() -> None:
    graph = document(
        "第六条 县水利局根据防洪需要，应当在汛前组织安全检查，必要时由县应急管理局组织联合演练。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织联合演练") == {"县应急管理局"}
    assert not any("安全检查" in text and "联合演练" in text for text in duty_texts(graph))


def test_a_you_agent_piece_with_partners_is_its_own_duty() -> None:
    graph = document(
        "第七条 县水利局根据管理需要，按照分级负责的原则设置管理站点，具体方案由县财政局会同县自然资源局拟订。",
        _TITLE,
    )
    assert holders_of_duty(graph, "具体方案") == {"县财政局", "县自然资源局"}
    assert holders_of_duty(graph, "设置管理站点") == {"县水利局"}


def test_a_condition_inside_the_joined_clause_keeps_one_clause() -> None:
    graph = document(
        "第八条 县水利局工作人员有下列情形之一的，按照管理权限，由县监察委员会依法追究责任：（一）玩忽职守的；"
        "（二）滥用职权的。",
        _TITLE,
    )
    assert holders_of_duty(graph, "依法追究责任") == {"县监察委员会"}
    assert "县水利局工作人员有下列情形之一的，按照管理权限" not in duty_texts(graph)
