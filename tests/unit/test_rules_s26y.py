"""Holders carried across sentences, round 84: a record of the carried holder's work written down,
filed or made public (巡查情况应当如实记录) and a facility built with its project (其设施应当与主体工程同时设计) are
the carried holder's duties (a notional passive), not norms on a thing; the three stages of 三同时 printed
with commas are one span. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_a_record_of_the_carried_holders_work_is_its_duty() -> None:
    body = "第一条 市湖泊管理机构应当每月开展一次湖岸巡查。巡查情况和处理结果应当如实记录并存档。巡查台账应当保存五年。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "巡查情况和处理结果") == {"市湖泊管理机构"}
    # a record kept for a time is a norm on the thing: no duty
    assert not any("保存" in text for text in duty_texts(graph))


def test_a_result_filed_with_another_body_stays_with_the_carried_holder() -> None:
    body = "第一条 市湖泊管理机构应当组织湖泊水质监测。监测结果应当在十日内向市人民政府备案。"
    assert holders_of_duty(document(body, _TITLE), "监测结果") == {"市湖泊管理机构"}


def test_a_thing_norm_without_a_record_verb_is_still_no_duty() -> None:
    body = "第一条 市湖泊管理机构应当编制湖泊名录。湖泊名录应当包括湖泊名称和位置。"
    assert not any("包括" in text for text in duty_texts(document(body, _TITLE)))


def test_the_facility_of_the_carried_builder_is_its_duty_in_one_span() -> None:
    body = "第一条 建设单位应当依法开展环境影响评价。其截污设施应当与主体工程同时设计，同时施工，同时投入使用。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "其截污设施") == {"建设单位"}
    assert "其截污设施应当与主体工程同时设计，同时施工，同时投入使用" in duty_texts(graph)
