"""Round 106 (duty segmentation at commas): a rule or leadership frame with its act in the same piece
(X应当按照规定开展…，如实填写… / 在Y领导下开展工作，…) holds that act, so the comma piece after it is a
second duty; a frame that ends its piece (按照职责分工，…), waits for a 并由Y piece, sets up a body, or prints
only the object of the act still joins the piece after it. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某湖泊保护条例"


def test_a_rule_frame_with_its_act_ends_its_duty_at_the_comma() -> None:
    graph = document("第三条 巡湖员应当按照巡查方案的要求开展湖面巡查，如实记录巡查情况。", _TITLE)
    texts = duty_texts(graph)
    assert "巡湖员应当按照巡查方案的要求开展湖面巡查" in texts
    assert "如实记录巡查情况" in texts
    assert holders_of_duty(graph, "如实记录") == {"巡湖员"}


def test_a_division_of_duties_then_an_act_splits_from_the_next_report() -> None:
    graph = document("第四条 县水务局应当按照职责分工落实湖泊治理任务，每季度向县人民政府报送工作情况。", _TITLE)
    assert "每季度向县人民政府报送工作情况" in duty_texts(graph)


def test_a_leadership_frame_with_its_act_splits() -> None:
    graph = document("第五条 街道办事处在区人民政府领导下开展日常工作，定期向区人民政府报告工作情况。", _TITLE)
    assert "街道办事处在区人民政府领导下开展日常工作" in duty_texts(graph)


def test_a_frame_ending_its_piece_still_joins_the_act() -> None:
    graph = document("第六条 县有关部门应当按照各自职责，做好湖泊保护工作。", _TITLE)
    assert "县有关部门应当按照各自职责，做好湖泊保护工作" in duty_texts(graph)


def test_a_frame_before_a_piece_naming_another_agent_still_joins() -> None:
    graph = document("第七条 保洁员按照有关规定选聘，并由乡镇人民政府统一管理。", _TITLE)
    assert "保洁员按照有关规定选聘，并由乡镇人民政府统一管理" in duty_texts(graph)


def test_a_frame_printing_only_the_object_joins_the_act() -> None:
    graph = document("第八条 县人民政府可以按照有关规定对保护湖泊成绩显著的单位和个人，给予表彰。", _TITLE)
    assert not any(text.startswith("给予表彰") for text in duty_texts(graph))


def test_a_frame_closing_on_a_reference_verb_joins_the_next_piece() -> None:
    graph = document("第九条 湖泊管理机构的变更，依照国家有关规定办理，县人民政府不得擅自撤销湖泊管理机构。", _TITLE)
    assert not any(text == "依照国家有关规定办理" for text in duty_texts(graph))


def test_a_frame_with_a_bare_measures_act_joins_the_measures() -> None:
    graph = document("第十条 县水务局应当按照应急预案要求采取有效措施，疏通湖泊排水通道。", _TITLE)
    assert "县水务局应当按照应急预案要求采取有效措施，疏通湖泊排水通道" in duty_texts(graph)


def test_a_frame_with_its_act_before_a_piece_with_its_own_modal_is_left_as_before() -> None:
    graph = document("第十一条 县水务局应当按照本条例规定开展湖泊宣传，公民应当爱护湖泊。", _TITLE)
    assert not any(text.startswith("公民应当") for text in duty_texts(graph))
