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


def test_body_named_by_its_penalty_decision() -> None:
    # 作出处罚决定的机关: the working set of the deciding bodies, the agent after 由
    graph = document("第一条 当事人逾期不缴纳罚款的，由作出处罚决定的机关申请人民法院强制执行。", "某市河道条例")
    assert holder_names(graph, 1) == {"作出处罚决定的机关"}


def test_body_named_by_the_report_it_received() -> None:
    # 接到举报的部门 with no addressed bodies before it: one working set holding the duty
    graph = document("第一条 公民可以举报违法捕捞行为，接到举报的部门应当及时查处。", "某市渔业条例")
    assert holder_names(graph, 1) == {"接到举报的部门"}


def test_report_receivers_printed_before_stay_the_holders() -> None:
    # 向A、B举报，接到举报的部门应当…: the set is the bodies addressed, not a body of its own
    graph = document("第一条 公民有权向区水务部门、区城管部门举报，接到举报的部门应当及时核查。", "某市排水条例")
    assert holder_names(graph, 1) == {"区水务部门", "区城管部门"}


def test_bodies_the_law_names_for_public_litigation() -> None:
    # 法律规定的机关: the bodies the law authorises to sue (a central working set)
    graph = document("第一条 法律规定的机关和有关组织可以对破坏湿地的行为依法提起公益诉讼。", "某市湿地条例")
    assert holder_names(graph, 1) == {"法律规定的机关"}
