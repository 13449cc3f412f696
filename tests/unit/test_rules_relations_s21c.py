"""Relation rules of session 21 (round c): 向X反映(情况) and 向X提出意见和建议 are submissions to X
(REPORTS_TO, like 申请/提请), from a body printed before X in the sentence or in the lead of the numbered
list the item belongs to (X履行下列职责：…（三）向Y反映情况); a member of the public who applies in
its stead (…，村民也可以向Y反映), or the body as a mere possessor (企业对X的答复有异议的), gives no edge.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_reflecting_to_a_body_is_no_report_under_the_gate() -> None:
    body = "第一条 居民委员会发现安全隐患的，应当及时向街道办事处反映。\n"
    graph = document(body, "某市社区安全条例")
    # session 38 gate: 反映 is no README trigger
    assert ("居民委员会", "街道办事处") not in edges(graph, "REPORTS_TO")


def test_opinions_and_suggestions_to_a_body_are_no_report_under_the_gate() -> None:
    body = "第一条 市统计机构应当定期向市人民政府提出意见和建议。\n"
    graph = document(body, "某市统计条例")
    # session 38 gate: 提出意见和建议 is no README trigger
    assert ("市统计机构", "市人民政府") not in edges(graph, "REPORTS_TO")


def test_the_list_lead_names_the_reporting_body() -> None:
    body = (
        "第一条 市统计机构履行下列职责：\n"
        "（一）收集和整理统计资料；\n"
        # session 38 gate: 反映 is no README trigger; the list lead is read on a printed 报告
        "（二）对统计工作中的问题进行研究，向市人民政府报告情况。\n"
    )
    graph = document(body, "某市统计条例")
    assert ("市统计机构", "市人民政府") in edges(graph, "REPORTS_TO")


def test_a_member_of_the_public_reflecting_gives_no_edge() -> None:
    body = "第一条 村民委员会应当按季度公开财务收支，村民也可以向乡镇人民政府反映。\n"
    graph = document(body, "某市村务公开条例")
    assert ("村民委员会", "乡镇人民政府") not in edges(graph, "REPORTS_TO")


def test_a_body_named_only_as_a_possessor_gives_no_edge() -> None:
    # the department is carried into the second sentence, but there it only owns the reply
    body = "第一条 区民政部门应当作出书面答复。对区民政部门的答复有异议的，可以向区人民政府反映。\n"
    graph = document(body, "某市社会救助条例")
    assert ("区民政部门", "区人民政府") not in edges(graph, "REPORTS_TO")
