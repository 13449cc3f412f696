"""Round 119 (river works regulations): 省辖市, the prefecture tier of a province that names its cities so, as a
level word of its own (省、省辖市、县（市、区）X部门 split by level; 省辖市人民政府 a municipal body). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, organ_named

_TITLE = "某某省水库工程管理条例"


def test_a_level_list_with_the_provincial_city_tier_splits_by_level() -> None:
    graph = document(
        "第三条 省、省辖市、县（市、区）水利部门负责本行政区域内水库工程的监督管理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "负责本行政区域内") == {
        "省水利部门",
        "省辖市水利部门",
        "县（市、区）水利部门",
    }
    assert organ_named(graph, "省辖市水利部门").level == "municipal"


def test_the_provincial_city_government_is_municipal() -> None:
    graph = document("第四条 省辖市、县（市、区）人民政府应当组织划定水库保护范围。", _TITLE)
    assert holders_of_duty(graph, "组织划定") == {"省辖市人民政府", "县（市、区）人民政府"}
    assert organ_named(graph, "省辖市人民政府").level == "municipal"


def test_the_measured_bounds_of_a_range_are_no_duty() -> None:
    graph = document(
        "第九条 县级以上人民政府应当划定水库大坝安全保护区，水库管理单位应当设置界桩。\n\n"
        "水库大坝安全保护区的范围：\n\n"
        "（一）大型水库坝脚外两百米，坝肩外三百米；\n\n"
        "（二）中型水库坝脚外一百米。\n"
        "第十条 引水渠道的管理范围为渠道两侧各十五米，灌区管理单位应当巡查渠道。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(text.endswith("米") for text in texts)
    assert not any("范围：" in text or "范围:" in text for text in texts)
    assert holders_of_duty(graph, "设置界桩") == {"水库管理单位"}
    assert holders_of_duty(graph, "巡查渠道") == {"灌区管理单位"}


def test_a_list_of_works_before_their_staff_names_one_role() -> None:
    graph = document("第十一条 水库、水闸、泵站管理人员在汛期应当加强巡查，及时报告险情。", _TITLE)
    assert holders_of_duty(graph, "加强巡查") == {"水库、水闸、泵站管理人员"}
    assert holders_of_duty(graph, "及时报告险情") == {"水库、水闸、泵站管理人员"}


def test_a_framed_act_before_another_subject_is_a_duty_of_its_own() -> None:
    graph = document(
        "第十二条 取水单位依照核定的用水计划向灌区管理单位办理取水登记，灌区管理单位按照登记顺序安排配水。",
        _TITLE,
    )
    assert holders_of_duty(graph, "办理取水登记") == {"取水单位"}
    assert holders_of_duty(graph, "安排配水") == {"灌区管理单位"}
    assert not any("办理取水登记" in text and "安排配水" in text for text in duty_texts(graph))


def test_the_use_of_fees_collected_is_no_duty() -> None:
    graph = document(
        "第二十条 水库管理单位收取的各项费用，用于水库工程的维修养护。水库管理单位应当建立财务制度。"
        "第二十一条 收取的水资源费主要用于水源保护。",
        _TITLE,
    )
    assert not any("用于" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "建立财务制度") == {"水库管理单位"}
