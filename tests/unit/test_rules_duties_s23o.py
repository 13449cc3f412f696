"""Duty segmentation rules of session 23 (round 46, duties): the offender's compensation after a
sanction (…处…罚款；造成损失的，应当予以赔偿) is no duty of the sanctioning body, and a sentence-final
保障 piece naming no resource is the aim of the duty before it. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_compensation_after_a_fine_is_the_offenders() -> None:
    body = (
        "第一条 违反本条例规定，在湖泊内擅自挖砂的，由区水行政主管部门责令停止违法行为，"
        "处一万元以上五万元以下的罚款；造成损失的，应当予以赔偿。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert not any("赔偿" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "责令停止") == {"区水行政主管部门"}


def test_compensation_or_remedy_after_a_fine_is_the_offenders() -> None:
    body = (
        "第一条 违反本条例规定，毁坏湖泊设施的，由区水行政主管部门责令改正，可处五百元以上二千元以下的罚款；"
        "造成设施损毁的，依法赔偿损失或者采取补救措施；构成犯罪的，依法追究刑事责任。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert not any("赔偿" in text for text in duty_texts(graph))


def test_compensation_named_to_a_body_stays_its_duty() -> None:
    body = "第一条 在湖泊内擅自挖砂的，由区水行政主管部门处罚款；造成损失的，由区人民政府予以赔偿。\n"
    graph = document(body, _TITLE, "法律责任")
    assert holders_of_duty(graph, "赔偿") == {"区人民政府"}


def test_a_sentence_final_aim_of_safeguarding_joins_the_duty() -> None:
    body = "第一条 湖泊管理机构应当建立巡查制度，保障湖泊堤岸完好。\n"
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["湖泊管理机构应当建立巡查制度，保障湖泊堤岸完好"]


def test_safeguarded_funds_stay_a_duty_of_their_own() -> None:
    body = "第一条 区人民政府应当将湖泊保护纳入本级国民经济和社会发展规划，保障湖泊保护所需经费。\n"
    graph = document(body, _TITLE)
    assert "保障湖泊保护所需经费" in duty_texts(graph)
