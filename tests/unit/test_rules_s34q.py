"""Round 109 (duty segmentation: a later piece with its own subject): a piece that opens on its subject and
frames its act by a rule (X可以根据需要设立Y / X按照规定开展…) is no qualifier waiting for the next piece when
that piece opens on an organ of its own and its modal (，Z应当予以支持 / ，Z负责…): two duties, each its
holder's. A time piece (X决定…前，Z应当…) still joins the piece after it. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某湿地保护条例"


def test_a_later_piece_with_its_own_subject_and_modal_is_a_duty_of_its_own() -> None:
    graph = document(
        "第五条 市湿地保护中心可以根据保护需要设立巡护站，区人民政府和街道办事处应当予以支持。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "市湿地保护中心可以根据保护需要设立巡护站" in texts
    assert "区人民政府和街道办事处应当予以支持" in texts
    assert set(holders_of_duty(graph, "区人民政府和街道办事处应当予以支持")) == {"区人民政府", "街道办事处"}


def test_a_rule_framed_act_before_a_piece_with_负责_is_split() -> None:
    graph = document(
        "第六条 区林业部门按照有关规定组织开展湿地调查，区自然资源部门负责提供相关资料。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "区林业部门按照有关规定组织开展湿地调查" in texts
    assert "区自然资源部门负责提供相关资料" in texts


def test_a_time_piece_still_joins_the_piece_after_it() -> None:
    graph = document(
        "第七条 区人民政府决定湿地公园建设方案前，区林业部门应当组织专家论证。",
        _TITLE,
    )
    assert not any(text.endswith("前") for text in duty_texts(graph))
