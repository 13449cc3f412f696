"""Round 134 (bare lists of business venues as subjects): the venues a public-order rule charges through their
operators (娱乐场所、旅馆、会所…等经营服务场所应当…) hold the duty one by one, and a bare activity in such a list is the
venue where it is done (洗浴 → 洗浴场所). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

_TITLE = "某某市治安管理条例"


def test_a_venue_list_closed_by_its_kind_names_one_holder_per_venue() -> None:
    graph = document("第九条 酒吧、宾馆、足疗等经营服务场所应当在入口处公示治安责任人。", _TITLE)
    assert holder_names(graph, 9) == {"酒吧", "宾馆", "足疗场所"}


def test_a_bare_venue_word_before_the_modal_holds_the_duty() -> None:
    graph = document("第九条 旅馆应当如实登记旅客身份信息。", _TITLE)
    assert holder_names(graph, 9) == {"旅馆"}


def test_a_venue_with_a_stem_is_the_facility_not_its_operator() -> None:
    graph = document("第九条 新建旅馆应当符合消防安全要求。", _TITLE)
    assert "新建旅馆" not in names(graph)
    assert "旅馆" not in names(graph)


def test_a_list_closed_by_a_plain_place_word_stays_unread() -> None:
    # 等场所: the buildings a sign goes in, not the operators, unless every item is a venue run by an operator
    # (round 140, s45a: 酒吧、足疗等场所 is read so, as dev sh-jindu 2 and sh-weicheng 1 annotate such lists)
    graph = document("第九条 车站、足疗等场所应当设置禁止吸烟标志。", _TITLE)
    assert "足疗场所" not in names(graph)


def test_a_duty_list_lead_is_the_modal_of_described_roles() -> None:
    # 负有下列责任： opens the roles' list of duties as 应当 does; 禁止吸烟场所 is the thing they run, 禁止 no verb
    graph = document(
        "第十条 禁止吸烟场所的经营者、管理者负有下列责任：\n（一）张贴禁止吸烟标志；\n（二）劝阻吸烟行为。",
        "某某市公共场所控制吸烟规定",
    )
    assert holder_names(graph, 10) == {"经营者", "管理者"}
