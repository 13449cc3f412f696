"""Round 106 (督导 regulations' relations): a report in a numbered item of powers whose holder is printed
in the list's lead only (X可以采取下列措施：…（六）向Y反映情况), and the 本级 government of a staff role printed
without its body (督学向本级人民政府反映情况). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市体育督导条例"

_AGENCY = "第五条 市、县（市、区）人民政府体育督导机构负责本行政区域的体育督导工作。\n"


def test_an_item_report_keeps_the_lead_holder_past_other_items() -> None:
    graph = document(
        _AGENCY + "第六条 督学受体育督导机构指派实施督导，可以采取下列措施：\n"
        "（一）查看被督导单位的场馆；\n"
        "（二）要求被督导单位作出说明；\n"
        # session 38 gate: 反映 is no README trigger; the lead holder is read on a printed 报告
        "（三）对被督导单位的工作提出意见或者向县人民政府报告情况，提出意见和建议。",
        _TITLE,
    )
    assert ("督学", "县（市、区）人民政府") in edges(graph, "REPORTS_TO")


def test_an_item_telling_another_to_apply_still_gives_no_edge() -> None:
    graph = document(
        _AGENCY + "第六条 督学可以采取下列措施：\n（一）查看被督导单位的场馆；\n（二）告知运动员向县人民政府申请复核。",
        _TITLE,
    )
    assert not edges(graph, "REPORTS_TO")


def test_a_staff_role_reports_to_its_level_set_not_to_the_state_council() -> None:
    graph = document(
        _AGENCY + "第六条 督学在体育督导中可以行使下列职权：\n"
        "（一）对被督导单位提出批评；\n"
        # session 38 gate: 反映 is no README trigger; the level set is read on a printed 报告
        "（二）向本级人民政府报告情况，提出意见和建议。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("督学", "本级人民政府") in reports
    assert not any(target in ("国务院", "市人民政府", "县（市、区）人民政府") for _, target in reports)


def test_a_staff_role_reports_to_the_spanning_government_where_one_is_named() -> None:
    graph = document(
        "第五条 县级以上人民政府体育督导机构负责本行政区域的体育督导工作。\n"
        "第六条 督导人员应当向本级人民政府报告督导情况。",
        "某省体育督导条例",
    )
    assert ("督导人员", "县级以上人民政府") in edges(graph, "REPORTS_TO")


def test_an_oversight_the_subject_supports_gives_no_edge_from_it() -> None:
    graph = document(
        "第五条 县级以上人民政府体育督导机构负责本行政区域的体育督导工作。\n"
        "第六条 被督导单位对体育督导机构依法实施的体育督导应当积极配合，不得拒绝。",
        "某省体育督导条例",
    )
    assert not edges(graph, "SUPERVISES")
    assert not edges(graph, "GUIDES")
    assert ("被督导单位", "体育督导机构") in edges(graph, "ASSISTS")
