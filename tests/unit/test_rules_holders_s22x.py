"""Three bug fixes of session 23 (round 37): 按照分工，建立…工作机制 is a duty, not a framework article;
本级人民代表大会或者其常务委员会 names the congress's standing committee, not 其常务委员会; a qualified
activity's result (灾情调查结果应当…报告) is reported by the body that carried out the activity. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某县防汛抗旱工作责任制规定"


def test_a_mechanism_built_by_division_of_work_is_a_duty() -> None:
    body = "第一条 县水利部门应当按照职责分工，建立汛情会商工作机制。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "建立汛情会商工作机制") == {"县水利部门"}


def test_the_regime_named_by_an_according_phrase_stays_framework() -> None:
    body = "第一条 本县防汛按照县级统筹、乡镇落实的工作机制，构建防汛责任体系。\n第二条 县水利部门负责巡堤。\n"
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["县水利部门负责巡堤"]


def test_the_standing_committee_of_a_same_level_congress_is_named() -> None:
    body = "第一条 县人民政府应当每年向本级人民代表大会或者其常务委员会报告防汛工作。\n"
    graph = document(body, _TITLE)
    assert "其常务委员会" not in names(graph)
    assert ("县人民政府", "县人民代表大会常务委员会") in edges(graph, "REPORTS_TO")
    assert ("县人民代表大会常务委员会", "县人民代表大会") in edges(graph, "PART_OF")


def test_the_standing_committee_of_an_unlevelled_congress_keeps_the_printed_congress() -> None:
    body = "第一条 县级以上人民政府应当每年向本级人民代表大会或者其常务委员会报告防汛工作。\n"
    graph = document(body, _TITLE)
    assert "其常务委员会" not in names(graph)
    # seen from the spanning 县级以上人民政府, named with its prefix (round 98, dev majority)
    assert "县级以上人民代表大会常务委员会" in names(graph)


def test_a_qualified_investigation_result_is_reported_by_the_investigator() -> None:
    body = "第一条 县水利部门应当组织开展堤防险情调查。\n堤防险情调查结果应当及时向县人民政府报告。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "调查结果应当及时") == {"县水利部门"}
    assert ("县水利部门", "县人民政府") in edges(graph, "REPORTS_TO")


def test_a_qualified_activity_itself_stays_a_norm() -> None:
    body = "第一条 县水利部门应当组织开展堤防险情调查。\n汛期调查可以分段进行。\n"
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["县水利部门应当组织开展堤防险情调查"]
