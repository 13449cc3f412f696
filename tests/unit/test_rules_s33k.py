"""Round 106 (duty lists across documents): an item opening on a post-filling phrase (（二）担任…主任) is the
list holder's duty and the items after it stay the holder's; a lead putting a body in charge of matters
(负责下列事项：) lists duties, not objects; an item opening on a department
under a lead naming a set of departments (有关部门按照职责分工做好下列工作：) is that department's. Each rule on
a sentence written for this file (not from the seeds or the dev documents)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市水库安全管理办法"


def test_an_item_filling_a_post_keeps_the_list_going() -> None:
    graph = document(
        "第二条 县级人民政府主要负责人履行下列职责：\n（一）部署水库安全工作；\n（二）担任本级水库安全管理委员会主任，"
        "定期召开委员会会议；\n（三）督促本级有关部门落实水库安全责任；\n（四）向上一级人民政府报告水库安全情况。",
        _TITLE,
    )
    assert holders_of_duty(graph, "担任本级水库") == {"县级人民政府主要负责人"}
    assert holders_of_duty(graph, "定期召开委员会会议") == {"县级人民政府主要负责人"}
    assert holders_of_duty(graph, "向上一级人民政府报告") == {"县级人民政府主要负责人"}


def test_a_post_filled_by_a_named_holder_is_still_no_duty() -> None:
    graph = document(
        "第二条 设立水库安全管理委员会，由县长担任主任，负责协调水库安全工作。",
        _TITLE,
    )
    assert not any("担任" in d.text for d in graph.duties)


def test_a_lead_putting_a_body_in_charge_of_matters_lists_its_duties() -> None:
    graph = document(
        "第二条 水库管理单位具体负责下列安全事项：\n（一）制定水库调度运用方案；\n（二）开展大坝安全监测；\n"
        "（三）组织水库安全巡查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "开展大坝安全监测") == {"水库管理单位"}
    assert holders_of_duty(graph, "组织水库安全巡查") == {"水库管理单位"}


def test_a_lead_naming_matters_to_publish_still_lists_objects() -> None:
    graph = document(
        "第二条 水库管理单位应当公开下列事项：\n（一）水库调度运用方案；\n（二）大坝安全监测结果。",
        _TITLE,
    )
    assert not any("大坝安全监测结果" in d.text for d in graph.duties)


def test_an_item_opening_on_a_department_of_the_set_is_its_own() -> None:
    graph = document(
        "第二条 有关部门按照职责分工做好下列工作：\n（一）财政部门保障水库安全经费，监督经费使用；\n"
        "（二）交通运输部门保障抢险物资运输。",
        _TITLE,
    )
    assert holders_of_duty(graph, "保障水库安全经费") == {"财政部门"}
    assert holders_of_duty(graph, "监督经费使用") == {"财政部门"}
    assert holders_of_duty(graph, "保障抢险物资运输") == {"交通运输部门"}


def test_an_item_naming_the_state_of_a_department_s_work_keeps_the_lead() -> None:
    graph = document(
        "第二条 有关部门按照职责分工做好下列工作：\n（一）财政部门保障水库安全经费；\n（二）交通运输部门工作落实情况。",
        _TITLE,
    )
    assert holders_of_duty(graph, "保障水库安全经费") == {"财政部门"}
    assert not any(d.text.endswith("工作落实情况") and "交通运输部门" in str(d.holders) for d in graph.duties)
