"""Organ rules of session 17 (round g): a bare level word opening its clause stands for the level's
bodies even with no modal after it, when a preposition or a time word opens its predicate
(县参照…考核, 乡对…考核, 市每年向…报告). A chain of level pairs (A对B、B对C) was left alone here; since round
117 (test_rules_s36p) its first place opens it too, each pair read as its own assessment. The
county level printed 区、县(市) stands alone like 县(市、区): bare, it is the level's pair or body.
A committee's 有关/其他成员单位 (and 其他成员单位 alone) are its one member set.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces


def test_a_bare_level_opening_its_clause_before_a_preposition_is_a_mention() -> None:
    found = surfaces("县(市、区)参照市级评估办法，每半年对乡(镇)湿地保护工作进行评估。")
    assert found[:2] == ["县(市、区)", "乡(镇)"]
    assert surfaces("镇对村级路长的巡路情况进行检查。")[:1] == ["镇"]


def test_a_bare_level_subject_holds_its_duty() -> None:
    graph = document(
        "第一条 县人民政府负责本县道路养护工作。\n第二条 乡(镇)对村级路长的巡路情况进行检查，检查结果与补助挂钩。\n",
        "某县路长制办法",
    )
    holders = holders_of_duty(graph, "巡路情况进行检查")
    assert holders and all(name.startswith("乡") for name in holders)


def test_a_level_word_inside_a_name_is_no_subject() -> None:
    assert "市" not in surfaces("市对口协作办公室承担日常工作。")


def test_the_county_level_printed_with_its_districts_stands_alone() -> None:
    graph = document(
        "第一条 市委、市政府统筹全市河道保护工作，每年对区、县(市)河道保护工作进行考核。\n"
        "第二条 区、县(市)党委和政府负责本地区河道保护工作。区、县(市)每年向市委、市政府报告河道保护工作情况。\n",
        "某市河道保护意见",
    )
    assert "区、县(市)" not in names(graph)
    assert ("市委、市政府", "区、县(市)党委和政府") in edges(graph, "SUPERVISES")
    assert ("区、县(市)党委和政府", "市委、市政府") in edges(graph, "REPORTS_TO")


def test_some_or_other_member_units_are_the_committees_one_member_set() -> None:
    graph = document(
        "第一条 市防汛抗旱指挥部负责全市防汛抗旱工作。市防汛抗旱指挥部各成员单位按照职责分工承担相应工作。\n"
        "第二条 市水务局负责水情监测，会同市防汛抗旱指挥部有关成员单位开展汛前检查。"
        "市防汛抗旱指挥部其他成员单位按照各自职责做好防汛相关工作。\n"
        "第三条 市气象局负责天气预报。其他成员单位应当及时报送险情信息。\n",
        "某市防汛抗旱工作办法",
    )
    members = {name for name in names(graph) if "成员单位" in name}
    assert members == {"市防汛抗旱指挥部成员单位"}
    assert holders_of_duty(graph, "及时报送险情信息") == {"市防汛抗旱指挥部成员单位"}


def test_the_city_government_printed_short_is_municipal() -> None:
    graph = document(
        "第一条 市政府应当健全监管体制机制。市政工程管理部门应当做好道路养护。\n",
        "某省道路养护办法",
    )
    levels = {organ.name: organ.level for organ in graph.organs}
    assert levels.get("市政府") == "municipal"
    assert levels.get("市政工程管理部门") != "municipal"  # 市政 is a function here, not the city
