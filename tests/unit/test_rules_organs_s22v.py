"""Organ mentions, round 37: unit kinds as regulated actors (企业、事业单位 lists, 部门和学校 subjects)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces


def test_enterprise_institution_pair_is_a_unit_list() -> None:
    # 企业、事业单位 names two kinds of unit, each a holder, though no 机关/团体 opens the list
    graph = document("第一条 企业、事业单位应当组织职工参加植树活动。", "某市绿化条例")
    assert holder_names(graph, 1) == {"企业", "事业单位"}


def test_other_producers_close_a_unit_list() -> None:
    # 其他生产经营者 after 和 is the list's third kind
    graph = document("第一条 企业、事业单位和其他生产经营者应当减少噪声污染。", "某市噪声条例")
    assert holder_names(graph, 1) == {"企业", "事业单位", "其他生产经营者"}


def test_unit_list_before_staff_stays_none() -> None:
    # the units only qualify their staff: no unit mention
    assert "企业" not in surfaces("是企业、事业单位职工的，由所在单位发放补贴。", "municipal")


def test_school_after_joiner_is_a_joint_holder() -> None:
    # 教育行政部门和学校应当: the school is the joint subject's last item
    graph = document("第一条 区教育行政部门和学校应当开展交通安全教育。", "某市交通条例")
    assert holder_names(graph, 1) == {"区教育行政部门", "学校"}


def test_media_after_a_set_of_units_stays_in_the_set() -> None:
    # …等有关单位和媒体: the media close one set of units, no body of their own
    assert "媒体" not in surfaces("报刊、网站等有关单位和媒体应当宣传节约用水。", "municipal")


def test_school_as_place_stays_none() -> None:
    # with no duty word right after it, 学校 after 和 is a place
    assert "学校" not in surfaces("县人民政府应当在社区和学校设置宣传栏。", "county")
