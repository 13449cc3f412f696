"""Organ rules of session 19 (round g): a function list shared by several levels names each level's
department by its level word too (区财政部门 of 市、区人民政府财政、…等部门); a social unit's bare head is a
regulated actor where it is the subject of a duty (学校应当…, 报纸、电台等媒体应当…); 处理 before 设施 is part
of a facility operator's name (污水处理设施运营单位); an area word before the fixed township pair
qualifies the pair (沿江乡镇人民政府、街道办事处), not the township government alone.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, organ_named, surfaces


def test_a_list_shared_by_two_levels_names_each_department_with_its_level() -> None:
    graph = document(
        "第三条 市、县人民政府交通运输、水利、财政等部门应当按照职责做好航道养护工作。", "某市内河航道管理条例"
    )
    county = organ_named(graph, "县人民政府财政部门")
    city = organ_named(graph, "市人民政府财政部门")
    assert "县财政部门" in county.aliases and "县财政部门" not in city.aliases
    assert "市财政部门" in city.aliases


def test_a_list_of_one_level_keeps_its_function_alias_only() -> None:
    graph = document("第三条 市人民政府交通运输、水利等部门应当按照职责做好航道养护工作。", "某市内河航道管理条例")
    # the 水利 item is named as the genre names it (lead decision, round 27)
    assert "市水利部门" not in organ_named(graph, "市人民政府水行政主管部门").aliases


def test_a_bare_social_unit_subject_of_a_duty_is_an_actor() -> None:
    assert surfaces("学校应当组织学生参加防溺水演练。", "county") == ["学校"]
    assert surfaces("报纸、电台、网站等媒体应当刊播航道安全知识。", "county") == ["媒体"]
    assert surfaces("第九条 工会应当督促企业落实劳动保护措施。", "county") == ["工会"]
    graph = document("第四条 学校应当组织学生参加防溺水演练。", "某县中小学生安全条例")
    actor = organ_named(graph, "学校")
    assert (actor.level, actor.kind) == ("social", "enterprise_society")


def test_a_bare_social_unit_elsewhere_is_a_place_or_a_channel() -> None:
    assert surfaces("县教育局可以在学校设置宣传栏。", "county") == ["县教育局"]
    assert surfaces("通过电台、网站等媒体发布预警信息。", "county") == []
    assert surfaces("单位应当遵守本条例。", "county") == []  # 单位 alone: the public


def test_a_treatment_facility_operator_is_one_name() -> None:
    assert surfaces("垃圾集中处理设施运营单位应当定期检测渗滤液。", "county") == ["垃圾集中处理设施运营单位"]
    graph = document("第六条 垃圾集中处理设施运营单位应当定期检测渗滤液。", "某县生活垃圾管理条例")
    operator = organ_named(graph, "垃圾集中处理设施运营单位")
    assert (operator.level, operator.kind) == ("social", "enterprise_society")


def test_an_area_word_before_the_township_pair_qualifies_the_pair() -> None:
    assert surfaces("沿江乡镇人民政府、街道办事处应当组织清理岸线垃圾。", "municipal") == [
        "沿江乡镇人民政府、街道办事处"
    ]
    # a village committee after the area's township government is a body of its own
    assert surfaces("沿江乡镇人民政府、村民委员会应当组织清理岸线垃圾。", "municipal") == [
        "沿江乡镇人民政府",
        "村民委员会",
    ]
