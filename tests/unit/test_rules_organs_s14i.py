"""Organ rules of session 14 (round i): 及以上 spanning prefixes, a democratic party's own committee,
and the body of an event's place under a role with its 上级 seen from it. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named


def test_ji_yishang_is_the_spanning_prefix_of_yishang() -> None:
    graph = document(
        "第一条 县级及以上林长应当每半年至少巡查一次责任林区。\n第二条 县级以上林长对下一级林长履职情况开展考核。\n",
        "某省林长制工作规定",
    )
    organ = organ_named(graph, "县级及以上林长")
    assert organ.collective  # every level from the county up, as 县级以上林长
    assert holder_names(graph, 2) == {"县级及以上林长"}  # 县级以上 names the same set


def test_democratic_party_committee_is_the_party_not_the_ccp_committee() -> None:
    graph = document("第一条 各民主党派省委应当围绕生态保护开展民主监督。\n", "某省生态保护责任制规定")
    assert holder_names(graph, 1) == {"民主党派"}
    assert not {"省委", "省委、省政府"} & names(graph)


def test_role_of_an_event_place_body_and_its_superior() -> None:
    graph = document(
        "第一条 省委、省政府统一领导全省防灾减灾工作。\n"
        "第二条 发生重大灾害后，灾害发生地党委和政府主要负责人、分管负责人应当立即赶赴现场，"
        "并及时向上级党委和政府报告灾情。\n",
        "某省防灾减灾责任制规定",
    )
    held = holder_names(graph, 2)
    assert held == {"灾害发生地党委和政府主要负责人", "灾害发生地党委和政府分管负责人"}
    # the place may be of any level: its 上级 is the relative collective, not the province's superior
    assert ("灾害发生地党委和政府主要负责人", "上级党委和政府") in edges(graph, "REPORTS_TO")
    assert "党中央、国务院" not in names(graph)
