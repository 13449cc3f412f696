"""Round 137 (REPORTS_TO recall): report receivers the loader never built. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某某省地下水保护条例"


def test_a_body_authorised_by_a_printed_government_is_a_receiver_of_its_own() -> None:
    graph = document(
        "第五条 省水行政主管部门应当编制全省地下水开采总量控制方案，报省人民政府或者省人民政府授权的部门批准后实施。",
        _TITLE,
    )
    found = edges(graph, "REPORTS_TO")
    assert ("省水行政主管部门", "省人民政府") in found
    assert ("省水行政主管部门", "省人民政府授权的部门") in found


def test_a_body_authorised_by_its_own_printed_name_holds_a_duty() -> None:
    graph = document(
        "第五条 省人民政府应当加强地下水保护工作的领导。\n第六条 地下水超采区由省人民政府授权的部门划定并向社会公布。",
        _TITLE,
    )
    assert "省人民政府授权的部门" in holder_names(graph, 6)


def test_a_receiver_of_the_reporters_own_line_joins_the_report_targets() -> None:
    graph = document(
        "第五条 县级以上人民政府应当加强地下水保护工作的领导。\n"
        "第六条 设区的市水行政主管部门应当每年向本级人民政府和本系统上一级行政主管部门报告地下水开采情况。",
        _TITLE,
    )
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "设区的市水行政主管部门"}
    assert "设区的市人民政府" in targets
    assert "上一级行政主管部门" in targets  # the line's upper department joins the government


def test_religious_bodies_are_regulated_organs_that_report() -> None:
    graph = document(
        "第五条 县级以上人民政府宗教事务部门负责本行政区域宗教事务的管理。\n"
        "第六条 宗教团体调整负责人的，应当在三十日内报所在地县级人民政府宗教事务部门备案。\n"
        "第七条 宗教活动场所应当建立财务管理制度，并于每年一月底前向县级人民政府宗教事务部门报告上一年度财务收支情况。",
        "某某省宗教事务管理条例",
    )
    found = edges(graph, "REPORTS_TO")
    assert ("宗教团体", "县级人民政府宗教事务部门") in found
    assert ("宗教活动场所", "县级人民政府宗教事务部门") in found
