"""Round 95 (hzz): the river/lake/forest-chief genre: a bare place that sets up a post (自治区设立总林长)
stands for its bodies, the setter sets up again after a designation (；设立副总林长，由…担任), and the post
just filled carries no further sentence."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty


def test_bare_place_setting_up_a_post_holds_the_duty() -> None:
    # 州设立总林长: the place stands for its bodies (as 县（市）参照… does), a duty of the setter
    graph = document(
        "第一条 州设立总林长，由州党委书记和州长共同担任。",
        "某某自治州林长制实施办法",
    )
    assert any(text.startswith("州设立总林长") for text in duty_texts(graph))


def test_setter_sets_up_again_after_a_designation() -> None:
    # ；设立副总林长，由…担任: the setter acts again, not the post just filled
    graph = document(
        "第一条 县人民政府设立总林长，由县长担任；设立副总林长，由分管副县长担任。",
        "某某县林长制实施办法",
    )
    assert holders_of_duty(graph, "设立副总林长") == {"县人民政府"}


def test_post_just_filled_carries_no_further_sentence() -> None:
    # 设立Y，由Z担任。其中，…: no duty of the post in the sentence after the designation
    graph = document(
        "第一条 县人民政府设立总湖长，由县长担任。其中，重要湖泊另由副县长兼任湖长。",
        "某某县湖长制规定",
    )
    assert not any(text.startswith("其中") for text in duty_texts(graph))


def test_post_just_filled_keeps_what_it_is_charged_with() -> None:
    # 设立Y，由Z担任。负责…: the post bears what it is charged with
    graph = document(
        "第一条 县人民政府设立总湖长，由县长担任。负责组织领导全县湖泊管理保护工作。",
        "某某县湖长制规定",
    )
    assert holders_of_duty(graph, "组织领导") == {"总湖长"}


def test_post_set_up_assists_in_the_piece_after_it() -> None:
    # X设立Y，协助…: the post set up assists, not the body that set it up
    graph = document(
        "第一条 县公安局设立河湖警长，协助县级河长开展执法工作。",
        "某某县湖长制规定",
    )
    assert holders_of_duty(graph, "协助县级河长") == {"河湖警长"}
