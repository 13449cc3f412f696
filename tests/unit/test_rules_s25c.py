"""PART_OF rules of session 25 round 51 (sentences written for the tests)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_post_after_its_body_name_sits_in_that_body() -> None:
    body = (
        "第一条 事故调查组应当在规定期限内提交事故调查报告。事故调查组组长负责组织编写调查报告。\n"
        "第二条 事故调查组成员应当保守调查秘密。"
    )
    part_of = edges(document(body, "某市电梯事故调查处理办法"), "PART_OF")
    assert ("事故调查组组长", "事故调查组") in part_of
    assert ("事故调查组成员", "事故调查组") in part_of


def test_staff_after_a_body_name_stay_apart() -> None:
    body = "第一条 养护中心应当做好绿地巡查。养护中心工作人员应当文明作业。"
    graph = document(body, "某市园林工程验收管理办法")
    assert "养护中心工作人员" in names(graph)
    assert ("养护中心工作人员", "养护中心") not in edges(graph, "PART_OF")
