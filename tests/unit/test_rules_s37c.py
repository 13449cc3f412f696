"""Round 118 (river/lake/forest/field-chief appointments): a bare 设 before a chief's tier sets the post up as
设立 does (X设总河长，由…担任；设副总河长，由…担任): the level's body holds both set-ups, the designation is no
duty, and the post is named without the verb; a bare contents lead after a 负责 duty (主要包括： / 具体包括：)
lists the chief's duties; a tier (总X, and its deputy 副总X) set up by a 、 list of levels stands at each, so
本级Y seen from it is Y of each listed level. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names, surfaces

_TITLE = "某某县全面推行湖长制实施办法"


def test_a_bare_she_before_a_chief_tier_is_the_verb_not_part_of_the_post() -> None:
    found = surfaces("镇设总湖长，由镇党委书记担任；设副总湖长，由镇长担任。", "township")
    assert "总湖长" in found and "副总湖长" in found
    assert not any(s.startswith("设") or "设总" in s for s in found)


def test_the_setter_holds_a_subjectless_deputy_post_set_up_with_a_bare_she() -> None:
    graph = document(
        "第五条 县设总湖长，由县委书记担任；设副总湖长，由分管生态环境工作的副县长担任。"
        "第六条 副总湖长协助总湖长工作。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "县设总湖长" in texts and "设副总湖长" in texts
    assert holders_of_duty(graph, "设副总湖长") == holders_of_duty(graph, "县设总湖长")
    assert "副总湖长" not in holders_of_duty(graph, "设副总湖长")
    assert not any(name.startswith("设") for name in names(graph))


def test_she_inside_a_word_stays_in_the_name() -> None:
    found = surfaces("市建设局局长应当组织检查。", "municipal")
    assert any("建设局" in s for s in found)


def test_the_contents_of_a_chiefs_charge_are_its_duties() -> None:
    graph = document(
        "第七条 乡级湖长负责组织巡查责任湖泊的保护工作，主要包括：\n（一）协调解决责任湖泊的突出问题；\n"
        "（二）督促指导村级湖长履行职责。\n"
        "第八条 县级湖长负责统筹责任湖泊的治理工作。具体包括：审定一湖一策方案；督促检查乡级湖长履职。",
        _TITLE,
    )
    assert holders_of_duty(graph, "协调解决责任湖泊") == {"乡级湖长"}
    assert ("乡级湖长", "村级湖长") in edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "审定一湖一策方案") == {"县级湖长"}
    assert ("县级湖长", "乡级湖长") in edges(graph, "SUPERVISES")


def test_a_bare_contents_lead_after_a_thing_stays_no_duty() -> None:
    graph = document("第九条 县级湖长应当建立巡湖档案。巡湖档案包括：\n（一）巡查记录；\n（二）问题清单。", _TITLE)
    assert not any("巡查记录" in text for text in duty_texts(graph))


def test_a_tier_set_up_by_a_level_list_oversees_the_chiefs_of_each_level() -> None:
    graph = document(
        "第四条 市、县（市、区）、乡（镇）设立总湖长，由本级党委主要负责人担任。"
        "市级湖长、县级湖长、乡级湖长由本级负责同志担任。"
        "第五条 总湖长履行下列职责：\n（一）督促本级湖长和有关部门履行职责。",
        _TITLE,
    )
    assert {("总湖长", "市级湖长"), ("总湖长", "县级湖长"), ("总湖长", "乡级湖长")} <= edges(graph, "SUPERVISES")


def test_a_deputy_tier_assists_the_chief_tier_of_each_listed_level() -> None:
    graph = document(
        "第四条 市、县（市、区）设立总湖长，由本级党委主要负责人担任；副总湖长由本级人民政府分管负责人担任。"
        "第五条 市总湖长、县总湖长履行下列职责：\n（一）审定湖泊保护方案。\n副总湖长协助本级总湖长开展工作。",
        _TITLE,
    )
    assert {("副总湖长", "市总湖长"), ("副总湖长", "县总湖长")} <= edges(graph, "ASSISTS")
