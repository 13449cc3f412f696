"""Round 72 (new dev documents): the 旗（区） and 苏木（镇） level words of 盟 texts name the county and
township levels as 县（区） and 乡（镇） do; the departments that the items of a division list
(县级以上人民政府有关部门按照下列分工…：（一）X部门负责…) print bare are the lead set's members."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

LEAGUE = "某某盟草原防火办法"
PROVINCE = "某某省农村公路条例"


def test_banner_or_district_government_is_county_level() -> None:
    graph = document("第十条 旗（区）人民政府负责组织本地区草原防火巡查。", LEAGUE)
    assert holder_names(graph, 10) == {"旗（区）人民政府"}


def test_sumu_or_town_government_is_township_level() -> None:
    graph = document("第十条 苏木（镇）人民政府应当配备草原防火专职人员。", LEAGUE)
    assert holder_names(graph, 10) == {"苏木（镇）人民政府"}


def test_banner_party_and_government_pair() -> None:
    graph = document("第十条 旗（区）党委和政府对本地区草原防火工作负总责。", LEAGUE)
    assert holder_names(graph, 10) == {"旗（区）党委和政府"}


def test_division_items_take_the_lead_set_body() -> None:
    graph = document(
        "第十条 县级以上人民政府有关部门按照下列分工做好农村公路工作：\n（一）交通运输部门负责农村公路的规划和养护；\n"
        "（二）财政部门负责落实养护资金。",
        PROVINCE,
    )
    names = holder_names(graph, 10)
    assert {"县级以上人民政府交通运输部门", "县级以上人民政府财政部门"} <= names


def test_bare_department_without_division_lead_stays_bare() -> None:
    graph = document("第十条 县级以上人民政府有关部门应当做好农村公路工作。交通运输部门负责农村公路的养护。", PROVINCE)
    assert "县级以上人民政府交通运输部门" not in holder_names(graph, 10)
