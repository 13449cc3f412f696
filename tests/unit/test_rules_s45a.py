"""Round 140 (regulated venues and social bodies as holders): the youth bodies a minors' rule lists beside the
mass organisations, and the cultural venues closed by their kind (…等公共文化体育设施，应当…). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces

_TITLE = "某某市青少年校外活动促进条例"


def test_the_youth_bodies_hold_the_duty_of_their_list() -> None:
    graph = document("第七条 青年联合会、学生联合会和少年先锋队应当组织青少年志愿服务活动。", _TITLE, "总则")
    assert holder_names(graph, 7) == {"青年联合会", "学生联合会", "少年先锋队"}


def test_venues_closed_by_their_kind_hold_the_duty() -> None:
    found = surfaces("展览馆、影剧院、群艺馆等公共文化体育设施，应当在寒暑假期间向学生优惠开放。")
    assert found == ["展览馆", "影剧院", "群艺馆"]


def test_a_long_list_of_venues_holds_the_duty() -> None:
    found = surfaces(
        "展览馆、图书馆、文化馆、美术馆、纪念馆、科技馆、群艺馆、影剧院、体育场馆等公共文化体育设施，应当免费开放。"
    )
    assert found == ["展览馆", "图书馆", "文化馆", "美术馆", "纪念馆", "科技馆", "群艺馆", "影剧院", "体育场馆"]
