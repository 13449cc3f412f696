"""Holder and clause rules (s18c), each on a sentence written for this file (not from the seeds, the
dev documents or the corpus): a sentence that only names a term's members is a definition even without
a comma before 统称 (X和Y统称Z) or when it closes on ，称Z; a bracketed （以下统称Z） inside a duty is not;
the commas of a quoted slogan end no clause; a reward sentence naming no rewarding body (对…的单位和个人，
按照有关规定给予表彰和奖励) is no duty; a 对 object opening a sentence joins the 由Y piece after it."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某市饮用水水源保护条例") -> DocumentGraph:
    return document(body, title)


def test_collective_name_without_comma_is_a_definition() -> None:
    graph = _doc("第一条 市水务局供水处和区水务局供水科统称供水监管机构。供水监管机构应当每季度检查取水口。\n")
    texts = duty_texts(graph)
    assert not any("统称" in t for t in texts), texts
    assert holders_of_duty(graph, "检查取水口") == {"供水监管机构"}


def test_closing_name_after_comma_is_a_definition() -> None:
    graph = _doc(
        "第一条 县级以上人民政府派出、承担水源巡查任务的工作机构，称水源巡查机构。水源巡查机构应当每月巡查取水口。\n"
    )
    texts = duty_texts(graph)
    assert not any("称水源巡查机构" in t or t.startswith("县级以上人民政府派出") for t in texts), texts
    assert holders_of_duty(graph, "巡查取水口") == {"水源巡查机构"}


def test_bracketed_collective_name_keeps_the_duty() -> None:
    graph = _doc("第一条 区人民政府负责本区的供水设施（以下统称区管设施）的巡查。\n")
    assert holders_of_duty(graph, "区管设施") == {"区人民政府"}


def test_quoted_slogan_stays_in_its_clause() -> None:
    graph = _doc("第一条 区人民政府应当按照“谁开发、谁保护，谁污染、谁治理”的原则，组织清理河道垃圾。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("谁污染") for t in texts), texts
    assert any("谁开发、谁保护，谁污染、谁治理" in t for t in texts), texts


def test_subjectless_reward_sentence_is_no_duty() -> None:
    graph = _doc(
        "第一条 区水务部门应当定期巡查堤防。对在堤防巡查工作中作出突出贡献的单位和个人，按照有关规定给予表彰和奖励。\n"
        "第二条 市水务局应当每年评估水源水质。对举报污染水源行为的有功人员，市水务局应当给予奖励。\n"
    )
    texts = duty_texts(graph)
    assert not any("表彰" in t or "堤防巡查工作中" in t for t in texts), texts
    assert holders_of_duty(graph, "市水务局应当给予奖励") == {"市水务局"}


def test_object_piece_joins_the_agent_piece_after_it() -> None:
    graph = _doc(
        "第一条 区水务部门应当定期巡查堤防。对巡查发现的堤防隐患，由区水务部门组织整改。\n"
        "第二条 对履职不力、整改不到位的河道管理单位，视情节轻重，由区水务部门约谈其主要负责人。\n"
    )
    texts = duty_texts(graph)
    assert "对巡查发现的堤防隐患，由区水务部门组织整改" in texts, texts
    assert any(t.startswith("对履职不力") and t.endswith("约谈其主要负责人") for t in texts), texts
