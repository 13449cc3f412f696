"""Round 124 (relative-clause actors before a comma and a modal): 排放X的单位，应当… reads the unit named by what it
does as the holder, as the same subject does with no comma; not a 机构 head, a case body (接到报告的单位), a clause
opened by a joiner, a list of subjects inside the clause, nor …的单位和个人 (the public). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市渔港管理条例"


def test_a_relative_unit_before_a_comma_holds_the_duty() -> None:
    graph = document("第五条 排放渔船压舱水的单位，应当事先向市渔业主管部门报告。", _TITLE)
    assert holders_of_duty(graph, "事先向市渔业主管部门报告") == {"排放渔船压舱水的单位"}


def test_a_relative_enterprise_before_a_comma_holds_the_duty() -> None:
    graph = document("第五条 在渔港内修造渔船的企业，必须配备防污设备。", _TITLE)
    assert "在渔港内修造渔船的企业" in names(graph)


def test_units_and_persons_before_a_comma_stay_the_public() -> None:
    graph = document("第五条 在渔港内停泊渔船的单位和个人，应当服从调度。", _TITLE)
    assert not any("停泊渔船" in name for name in names(graph))


def test_an_agency_head_before_a_comma_is_no_actor() -> None:
    graph = document("第五条 从事渔船检验的机构，应当公开检验标准。", _TITLE)
    assert "从事渔船检验的机构" not in names(graph)


def test_a_unit_named_by_the_report_it_received_is_no_actor() -> None:
    graph = document("第五条 接到渔港污染报告的单位，应当立即处置。", _TITLE)
    assert "接到渔港污染报告的单位" not in names(graph)


def test_a_list_of_subjects_inside_the_clause_is_no_one_actor() -> None:
    graph = document("第五条 渔船所有者或者依法负有看护责任的单位，应当清理渔港垃圾。", _TITLE)
    assert "渔船所有者或者依法负有看护责任的单位" not in names(graph)
    graph = document("第五条 冷库、制冰厂和使用渔港岸线的单位，应当落实防火措施。", _TITLE)
    assert "冷库、制冰厂和使用渔港岸线的单位" not in names(graph)
