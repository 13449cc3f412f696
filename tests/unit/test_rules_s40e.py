"""Round 126 (missing organs): the places a subject list names before the kind of place that closes it
(社区、学校、车站、码头等公共场所，应当…) each stand for the holder that runs them, as a bare place list before
a modal does; a place head may close on the bracket of the smaller place it covers (旅游景区(点)). Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named, surfaces

_TITLE = "某市气象灾害预警条例"


def test_a_place_list_closed_by_its_kind_gives_one_holder_per_place() -> None:
    graph = document(
        "第九条 社区、学校、机场、车站、码头等公共场所和人员密集场所，应当及时转发暴雨预警信息。",
        _TITLE,
    )
    assert holders_of_duty(graph, "转发暴雨预警") == {"社区", "学校", "机场", "车站", "码头"}
    assert organ_named(graph, "社区").level == "village"
    assert organ_named(graph, "码头").kind == "enterprise_society"


def test_a_place_head_may_close_on_a_bracket() -> None:
    found = surfaces("，医院、商场、旅游景区（点）等人员密集场所应当设置避险指引。", "municipal")
    assert found == ["医院", "商场", "旅游景区（点）"]


def test_a_list_closed_by_a_bare_place_word_names_no_holder() -> None:
    assert surfaces("，食堂、宿舍、门卫室等公共场所应当保持通道畅通。", "municipal") == []
    assert surfaces("，机场、码头、医院等场所应当设置疏散标志。", "municipal") == []


def test_a_closed_list_word_names_no_holder_outside_such_a_list() -> None:
    assert surfaces("社区应当组织居民演练。", "municipal") == []
    assert surfaces("市场应当配置灭火器材。", "municipal") == []
    # the word opening a longer subject is no item of a list: the subject is read whole
    assert surfaces("社区文化设施因检修需要暂停开放的，应当提前公示。", "municipal") == ["社区文化设施"]
