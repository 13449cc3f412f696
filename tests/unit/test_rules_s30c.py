"""REPORTS_TO recall of round 98: a 本级/同级 congress seen from some governments of one level (有关县)
or from a collective spanning levels (县级以上人民政府) is named with the reporter's own words; a 本级
body seen from a unit of no level is the bare one the text names; 作出书面检查 to an organ is a report.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_some_governments_of_a_level_report_to_their_own_congress() -> None:
    body = "第五条 市、有关县人民政府应当每年向同级人民代表大会常务委员会报告林地保护情况。"
    graph = document(body, "某市林地保护条例")
    assert edges(graph, "REPORTS_TO") == {
        ("市人民政府", "市人民代表大会常务委员会"),
        ("有关县人民政府", "有关县人民代表大会常务委员会"),
    }


def test_a_spanning_government_reports_to_the_spanning_congress_and_its_committee() -> None:
    body = "第五条 县级以上人民政府应当每年向本级人民代表大会或者其常务委员会报告林地保护情况。"
    graph = document(body, "某省林地保护条例")
    assert edges(graph, "REPORTS_TO") == {
        ("县级以上人民政府", "县级以上人民代表大会"),
        ("县级以上人民政府", "县级以上人民代表大会常务委员会"),
    }
    assert ("县级以上人民代表大会常务委员会", "县级以上人民代表大会") in edges(graph, "PART_OF")
    assert not any(name.startswith("本级") for name in names(graph))


def test_a_unit_of_no_level_reports_to_the_bare_body() -> None:
    body = (
        "第三条 县级以上人民政府设立防汛工作领导小组，负责部署防汛工作。\n"
        "第四条 防汛工作领导小组负责协调解决重大问题。\n"
        "第五条 领导小组成员单位应当每季度向本级防汛工作领导小组报告工作进展。\n"
        "第六条 省防汛工作领导小组负责组织年度考核。"
    )
    graph = document(body, "某省防汛工作规定")
    assert ("领导小组成员单位", "防汛工作领导小组") in edges(graph, "REPORTS_TO")
    assert "本级防汛工作领导小组" not in names(graph)


def test_a_written_self_criticism_is_no_report_under_the_gate() -> None:
    graph = document("第五条 考核不合格的，县人民政府应当向市人民政府作出书面检查。", "某市林业责任制规定")
    # session 38 gate: 作出书面检查 is no README trigger
    assert ("县人民政府", "市人民政府") not in edges(graph, "REPORTS_TO")
