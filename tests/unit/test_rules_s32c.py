"""Round 103 (central and provincial 督导/督察 regulations): the appeal chain of an inspection rule. A
subjectless objection raised again (对复核决定仍有异议的，可以向Y申诉) is the earlier objector's, not the
reviewing body's that the sentence between names; and a bare 人民政府 named by the act of a qualifier after
the report verb (向作出该结论的人民政府 / 向设立该机构的人民政府) is the government set the document prints.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某省体育工作督导条例"


def test_a_renewed_objection_is_the_first_objectors_duty() -> None:
    graph = document(
        "第二条 县级以上人民政府设立体育督导机构。"
        "第三条 被督导单位对督导意见有异议的，可以向体育督导机构申请复核。体育督导机构应当在二十日内作出复核决定。"
        "对体育督导机构的复核决定仍有异议的，可以向本级人民政府申诉。",
        _TITLE,
    )
    assert holders_of_duty(graph, "仍有异议") == {"被督导单位"}
    # session 38 gate: 申请复核/申诉 is no README trigger
    assert ("被督导单位", "体育督导机构") not in edges(graph, "REPORTS_TO")
    assert ("体育督导机构", "本级人民政府") not in edges(graph, "REPORTS_TO")
    assert not any(source == "被督导单位" and "人民政府" in target for source, target in edges(graph, "REPORTS_TO"))


def test_an_objection_without_renewal_keeps_the_carried_reading() -> None:
    graph = document(
        "第三条 被督导单位对督导意见有异议的，可以向体育督导机构申请复核。体育督导机构应当在二十日内作出复核决定，"
        "并向本级人民政府报告。",
        _TITLE,
    )
    assert holders_of_duty(graph, "作出复核决定") != {"被督导单位"}


def test_a_government_named_by_its_act_is_the_documents_government_set() -> None:
    graph = document(
        "第二条 县级以上人民政府应当加强体育督导工作。"
        "第三条 县级以上人民政府对下级人民政府开展体育督导。"
        # session 38 gate: 申请复核 is no README trigger; the government named by its act is read on 报告
        "第四条 被督导单位对督导结论有异议的，可以向作出该督导结论的人民政府书面报告。",
        _TITLE,
    )
    assert ("被督导单位", "县级以上人民政府") in edges(graph, "REPORTS_TO")


def test_a_qualified_government_with_no_government_set_gives_no_edge() -> None:
    graph = document(
        "第二条 市人民政府应当加强体育督导工作。第三条 被督导单位可以向设立该督导机构的人民政府申诉。",
        "某市体育工作督导条例",
    )
    assert not any(source == "被督导单位" for source, _ in edges(graph, "REPORTS_TO"))
