"""Holder rule (s27h), on sentences written for this file (not from the seeds, the dev documents or
the corpus): a piece with a printed subject and an act of its own (X可以根据需要聘请…) is no qualifier
of a next comma piece that names another agent after 由 (…，由Y统一管理 / …，具体办法由Y制定): each
piece is a duty of its own holder. A condition (X…的，由Y… / X认为必要时，由Y…), 并由 and 报由 keep
the pieces together, and so does a subjectless qualifier (根据需要，由Y…)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

TITLE = "某县山塘巡查管理办法"


def test_agent_after_a_subject_piece_holds_its_own_duty() -> None:
    graph = document("第六条 县水利局可以根据巡查需要招聘山塘巡查员，由镇人民政府统一调度。", TITLE)
    assert holders_of_duty(graph, "招聘山塘巡查员") == {"县水利局"}
    assert holders_of_duty(graph, "统一调度") == {"镇人民政府"}


def test_topic_before_the_agent_piece_is_split_too() -> None:
    graph = document("第七条 县水利局按照山塘的等级开展分级巡查，具体规程由县应急管理局拟定。", TITLE)
    assert holders_of_duty(graph, "开展分级巡查") == {"县水利局"}
    assert holders_of_duty(graph, "具体规程") == {"县应急管理局"}


def test_condition_and_subjectless_qualifier_stay_one_clause() -> None:
    graph = document(
        "第八条 县水利局认为必要时，由县应急管理局组织联合巡查。\n第九条 根据汛情需要，由镇人民政府组织抢护。",
        TITLE,
    )
    texts = duty_texts(graph)
    assert "县水利局认为必要时，由县应急管理局组织联合巡查" in texts, texts
    assert "根据汛情需要，由镇人民政府组织抢护" in texts, texts


def test_topic_time_and_cost_pieces_stay_with_the_agent_piece() -> None:
    # a bare topic (no act of X's own), a time piece and a 所-noun are what the agent after 由 acts on
    graph = document(
        "第十条 镇山塘巡查站的联络员，由镇人民政府参照县级选定。\n"
        "第十一条 县水利局巡查方案经县人民政府审定后，由县应急管理局报市应急管理局备案。\n"
        "第十二条 县水利局根据汛情调用山塘抢护物资所需费用，由县财政局统筹安排。",
        TITLE,
    )
    texts = duty_texts(graph)
    assert "镇山塘巡查站的联络员，由镇人民政府参照县级选定" in texts, texts
    assert "县水利局巡查方案经县人民政府审定后，由县应急管理局报市应急管理局备案" in texts, texts
    assert "县水利局根据汛情调用山塘抢护物资所需费用，由县财政局统筹安排" in texts, texts


def test_bodies_interviewed_or_notified_answer_for_the_unit_word() -> None:
    # 被约谈、被通报的单位: the bodies of either act; a comma piece opening on it names its subject too
    graph = document(
        "第十三条 县水利局可以约谈镇人民政府主要负责人，对县林业局进行通报。"
        "被约谈、被通报的单位应当在十日内提出整改措施，报县水利局备案。\n"
        "第十四条 县应急管理局可以约谈镇人民政府主要负责人。约谈情况应当存档，被约谈单位应当在十日内报告整改情况。",
        TITLE,
    )
    assert holders_of_duty(graph, "提出整改措施") == {"镇人民政府", "县林业局"}
    assert holders_of_duty(graph, "报告整改情况") == {"镇人民政府"}
