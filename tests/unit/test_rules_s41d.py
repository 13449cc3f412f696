"""Round 129 (village and residents' self-government laws): the party's grass-roots organisation named by its
statutory phrase (中国共产党在农村的基层组织, 中国共产党在居民区的基层组织) is the village party organisation (村党组织,
居民区党组织) and holds the duties of its article; where the village node is the bare village, the party body sits
in no body by its level. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某某省村民自治实施办法"


def test_the_party_grass_roots_organisation_in_the_village_is_the_village_party_organisation() -> None:
    graph = document(
        "第三条 中国共产党在农村的基层组织，依照党的章程开展工作，支持村民委员会依法办理村务。"
        "第四条 村应当设立村民会议。村民委员会应当向村民会议报告工作。",
        _TITLE,
    )
    assert "村党组织" in names(graph)
    assert holders_of_duty(graph, "依照党的章程开展工作") == {"村党组织"}
    assert not any(source == "村党组织" for source, _ in edges(graph, "PART_OF"))


def test_the_partys_rural_grass_roots_organisation_in_the_other_word_order() -> None:
    graph = document("第三条 中国共产党的农村基层组织，依照党的章程开展工作。", _TITLE)
    assert holders_of_duty(graph, "依照党的章程开展工作") == {"村党组织"}


def test_the_party_grass_roots_organisation_in_the_residential_area() -> None:
    graph = document(
        "第五条 中国共产党在居民区的基层组织，依照党的章程开展工作，支持居民委员会开展自治活动。",
        "某某市居民委员会工作条例",
    )
    assert holders_of_duty(graph, "依照党的章程开展工作") == {"居民区党组织"}


def test_the_regime_after_an_identity_piece_is_no_duty() -> None:
    graph = document(
        "第二条 居民委员会是居民自我管理、自我服务的基层群众性自治组织，实行民主选举、民主协商。"
        "居民委员会应当办理本居住地区的公共事务。",
        "某某市居民委员会工作条例",
    )
    texts = duty_texts(graph)
    assert not any(text.startswith("实行民主选举") for text in texts)
    assert holders_of_duty(graph, "办理本居住地区的公共事务") == {"居民委员会"}


def test_a_regime_with_no_identity_piece_before_it_stays_a_duty() -> None:
    graph = document("第三条 县人民政府应当加强监督，实行目标管理责任制。", _TITLE)
    assert any(text.startswith("实行目标管理责任制") or "实行目标管理责任制" in text for text in duty_texts(graph))


def test_a_body_set_up_on_a_principle_or_over_a_range_is_no_duty() -> None:
    graph = document(
        "第六条 居民委员会根据小区分布，按照便于服务居民的原则设立。"
        "居民小组一般在三十户至五十户的范围内设置。"
        "街道办事处应当设立居民事务服务站。",
        "某某市居民委员会工作条例",
    )
    texts = duty_texts(graph)
    assert not any(text.endswith(("原则设立", "范围内设置")) for text in texts)
    assert holders_of_duty(graph, "设立居民事务服务站") == {"街道办事处"}
