"""Organ rules of session 18 (round d): the tiers of any chief post a X长制 sets up (市级X长, 区县级X长, 市总X长,
各级X长) read as the listed 河长/林长 tiers are; X分管Y工作的负责人 is a role of X named by its field; 由X任组长
fills a group's post, no organ.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import surfaces


def test_the_tiers_of_an_unlisted_chief_post_are_positions() -> None:
    text = "市总山长统筹全市山体保护,市级山长督促区县级山长巡山,各级山长应当建立台账。"
    found = [(m.surface, m.cls, m.level) for m in find_mentions(text, "municipal")]
    assert found == [
        ("市总山长", "position", "municipal"),
        ("市级山长", "position", "municipal"),
        ("区县级山长", "position", "county"),
        ("各级山长", "position", None),
    ]


def test_a_chief_regime_a_rank_or_a_brigade_head_is_no_chief_post() -> None:
    assert surfaces("本市推行山长制。", "municipal") == []
    assert surfaces("晋升为三级警长。") == []
    assert "省总队长" not in surfaces("省总队长应当到场。")


def test_the_leader_in_charge_of_a_field_is_a_role_of_the_body() -> None:
    found = find_mentions("县人民政府分管交通运输工作的负责人应当每月检查一次。", "county")
    assert [(m.surface, m.cls, m.role) for m in found] == [
        ("县人民政府分管交通运输工作的负责人", "role", "分管交通运输工作的负责人")
    ]
    assert found[0].body is not None and found[0].body.surface == "县人民政府"


def test_a_post_a_person_fills_is_no_organ() -> None:
    assert surfaces("成立县防汛工作领导小组,由县长任组长,副县长任副组长。", "county") == ["县防汛工作领导小组"]
    assert surfaces("责任督学应当每月到校一次。") == ["责任督学"]
