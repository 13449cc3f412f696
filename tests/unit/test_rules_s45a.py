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


def test_business_venues_closed_by_a_bare_kind_hold_the_duty() -> None:
    found = surfaces("歌舞娱乐场所、酒吧、洗浴等场所应当建立未成年人入场登记制度。")
    assert found == ["歌舞娱乐场所", "酒吧", "洗浴"]


def test_a_licensed_venue_kind_holds_the_duty() -> None:
    graph = document("第十一条 互联网上网服务营业场所应当在营业时间内查验上网者身份。", _TITLE, "总则")
    assert holder_names(graph, 11) == {"互联网上网服务营业场所"}


def test_places_a_sign_goes_in_stay_no_holders() -> None:
    # 车站、码头、医院等场所 name where the signs go, no venue run by an operator
    assert surfaces("车站、码头、医院等场所应当张贴禁烟标志。") == []


def test_a_unit_joined_with_its_teachers_holds_the_duty() -> None:
    graph = document("第十二条 幼儿园和教师不得对儿童实施体罚。", _TITLE, "总则")
    assert holder_names(graph, 12) == {"幼儿园"}


def test_teachers_alone_hold_no_duty() -> None:
    graph = document("第十三条 教师应当尊重学生人格。", _TITLE, "总则")
    assert holder_names(graph, 13) == set()
