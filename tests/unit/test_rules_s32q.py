"""Round 104 (street and township rules, third pass): a subjectless numbered item under a lead takes the
lead's holder back, not the body named inside the item before. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市乡镇人民政府工作条例"


def test_a_subjectless_item_takes_the_leads_holder_back() -> None:
    graph = document(
        "第九条 乡镇人民政府对于群众反映的问题，按照下列方式处理：\n"
        "（一）对于需要多方处理的问题，应当召集有关部门处理，有关部门应当及时答复；\n"
        "（二）对于无法处理的问题，应当向县人民政府报告。\n"
        "乡镇人民政府应当将处理结果告知群众。",
        _TITLE,
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert ("有关部门", "县人民政府") not in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "有关部门应当及时答复") == {"有关部门"}


def test_an_item_naming_its_own_subject_keeps_it() -> None:
    graph = document(
        "第十条 县人民政府按照下列分工组织实施：\n"
        "（一）乡镇人民政府应当向县人民政府报告辖区情况；\n"
        "（二）县民政部门应当向县人民政府报告救助情况。",
        _TITLE,
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert ("县民政部门", "县人民政府") in edges(graph, "REPORTS_TO")
