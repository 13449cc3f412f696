"""Round 67 (relative targets): a body joined by 和/及 to a set named by the duty it bears (负有…职责的部门和
下级人民政府) is read as a mention of its own, so oversight reaches it."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces


def test_body_joined_to_a_duty_borne_set_is_read() -> None:
    # the set is read after the scan, so the body after its 和 was at no name boundary before
    assert surfaces("指导负有林业管理职责的部门和下级人民政府的护林工作。") == [
        "负有林业管理职责的部门",
        "下级人民政府",
    ]
    assert surfaces("负有林业管理职责的部门与区县人民政府共同做好护林工作。") == [
        "负有林业管理职责的部门",
        "区县人民政府",
    ]


def test_guidance_reaches_the_lower_governments_after_the_set() -> None:
    graph = document(
        "第一条 县级以上人民政府统一领导本行政区域内的护林工作。\n"
        "第二条 县级以上人民政府林业主管部门指导负有护林职责的部门和下级人民政府的护林工作。",
        "某省护林条例",
    )
    assert ("县级以上人民政府林业主管部门", "下级人民政府") in edges(graph, "GUIDES")
