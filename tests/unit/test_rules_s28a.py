"""Division leads printed as a level list (round 95): 省、市、县人民政府有关部门按照下列分工…：（一）X部门负责…
names one department per listed level for the department each item opens with (the lead's prefix is
shared level by level); a partner the item names later stays bare; a 县级以上 lead keeps one department
per function. A department built on a body printed with brackets keeps them where the body is most often
named otherwise (县级人民政府).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_LEVEL_LEAD = (
    "第一条 县级人民政府负责本行政区域的养老服务工作。县级人民政府应当保障养老服务经费，"
    "县级人民政府应当建设养老设施。\n"
    "第二条 省、市（州）、县（市、区）人民政府有关部门按照下列分工做好养老服务工作：\n"
    "（一）民政部门负责养老机构的登记和监督，会同老龄工作机构制定服务规范；\n"
    "（二）医疗保障部门和卫生健康部门负责医养结合的推进；\n"
)


def test_each_item_of_a_level_list_lead_is_held_at_every_level() -> None:
    graph = document(_LEVEL_LEAD, "某省养老服务条例")
    levels = ("省人民政府", "市（州）人民政府", "县（市、区）人民政府")
    assert holders_of_duty(graph, "养老机构的登记") == {level + "民政部门" for level in levels}
    both = {level + name for level in levels for name in ("医疗保障部门", "卫生健康部门")}
    assert holders_of_duty(graph, "医养结合") == both
    assert ("省人民政府民政部门", "省人民政府") in edges(graph, "PART_OF")


def test_a_partner_named_inside_an_item_is_no_member_of_the_divided_set() -> None:
    graph = document(_LEVEL_LEAD, "某省养老服务条例")
    assert "老龄工作机构" in holders_of_duty(graph, "制定服务规范")
    assert "省人民政府老龄工作机构" not in names(graph)


def test_a_bracketed_body_keeps_its_brackets_in_its_departments_names() -> None:
    graph = document(_LEVEL_LEAD, "某省养老服务条例")
    assert not any("(" in name for name in names(graph))


def test_a_lead_spanning_its_level_list_is_divided_level_by_level() -> None:
    body = (
        "第一条 市、县（区）人民政府其他有关部门按照下列职责分工，做好噪声防治工作：\n"
        "（一）住房城乡建设主管部门负责施工噪声的监督管理；\n"
    )
    graph = document(body, "某市噪声污染防治条例")
    expected = {"市人民政府住房城乡建设主管部门", "县（区）人民政府住房城乡建设主管部门"}
    assert holders_of_duty(graph, "施工噪声") == expected


def test_a_lead_of_every_level_above_the_county_keeps_one_department_per_function() -> None:
    body = "第一条 县级以上人民政府有关部门按照下列分工做好养老服务工作：\n（一）民政部门负责养老机构的登记和监督；\n"
    graph = document(body, "某省养老服务条例")
    assert holders_of_duty(graph, "养老机构的登记") == {"县级以上人民政府民政部门"}
