"""Round 125 (subjectless 支持 pieces and span granularity): a subjectless 支持 piece after an obliged subject
in the same sentence (X应当加强…，支持开展…) is that subject's duty, a span of its own; a means piece
opening on 采取/采用 (采取…等方式 / 采用多种形式) joins the act after it, as a 通过…方式 piece does; and a means
piece before a piece opening on a result noun (督查结果及时向X报告) joins nothing. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某县河湖管护条例"


def test_a_support_piece_after_an_obliged_subject_is_its_duty() -> None:
    graph = document("第八条 县人民政府应当加强河湖管护队伍建设，支持开展河湖生态修复技术研究。", _TITLE)
    assert holders_of_duty(graph, "支持开展河湖生态修复") == {"县人民政府"}
    assert "支持开展河湖生态修复技术研究" in duty_texts(graph)


def test_a_support_sentence_with_no_obliged_subject_stays_encouragement() -> None:
    graph = document(
        "第八条 县人民政府可以组织河湖保护宣传，支持社会力量参与河湖管护。第九条 县人民政府应当巡查。", _TITLE
    )
    assert not any(text.startswith("支持社会力量") for text in duty_texts(graph))


def test_a_means_piece_opening_on_a_taking_verb_joins_the_act_after_it() -> None:
    graph = document("第九条 县水务局应当采取巡河检查、无人机巡查等方式，对河湖管护情况进行检查。", _TITLE)
    assert any(text.startswith("县水务局应当采取") and text.endswith("进行检查") for text in duty_texts(graph))


def test_a_means_piece_before_a_support_piece_joins_it() -> None:
    graph = document("第十条 县人民政府应当推进河湖科技创新，采用校地合作等方式，支持河湖清淤技术推广。", _TITLE)
    assert "采用校地合作等方式，支持河湖清淤技术推广" in duty_texts(graph)


def test_a_means_piece_before_a_result_piece_joins_nothing() -> None:
    graph = document(
        "第十一条 县河长办应当对乡镇河长履职情况开展检查，可以采取随机抽查等方式，检查结果及时向县总河长报告。",
        _TITLE,
    )
    assert not any("方式，检查结果" in text for text in duty_texts(graph))
