"""Round 134 (约谈 leftovers): an area word printed after the set word (相关沿河县人民政府) still qualifies the
level phrase, so the picked body's role is read and its body answers for it afterwards. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, surfaces

_TITLE = "某某市河道保护条例"


def test_an_area_word_after_a_set_word_opens_the_level_phrase() -> None:
    assert surfaces("由市人民政府约谈相关沿湖县人民政府主要负责人。", "municipal") == [
        "市人民政府",
        "相关沿湖县人民政府主要负责人",
    ]


def test_the_body_of_a_picked_area_role_answers_the_interview() -> None:
    graph = document(
        "第九条 县人民政府应当保护湖泊水质。\n"
        "第十条 湖泊水质恶化的，由市人民政府约谈相关沿湖县人民政府主要负责人。"
        "被约谈的单位应当在约谈后二十日内提出整改措施，并向约谈机关报告整改落实情况。",
        "某某市湖泊保护条例",
    )
    assert "县人民政府" in holder_names(graph, 10)
    assert ("县人民政府", "市人民政府") in edges(graph, "REPORTS_TO")


def test_a_bare_body_after_dui_is_the_their_of_the_interview() -> None:
    graph = document(
        "第九条 市有关部门应当做好湖泊保护工作。\n"
        "第十条 湖泊保护目标未完成的，由市人民政府约谈沿湖县人民政府；对有关部门，由市湖长制办公室约谈其分管负责人。",
        "某某市湖泊保护条例",
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("市湖长制办公室", "有关部门分管负责人") in supervised
    assert ("市湖长制办公室", "有关部门") not in supervised


def test_a_subject_before_dui_interviews_the_role_its_condition_names() -> None:
    graph = document(
        "第九条 市湖长制办公室应当做好湖泊保护的组织协调工作。\n"
        "第十条 市湖长制办公室对履职不到位的市有关部门，可以约谈其主要负责人。",
        "某某市湖泊保护条例",
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("市湖长制办公室", "市有关部门主要负责人") in supervised
    assert ("市湖长制办公室", "市有关部门") not in supervised


def test_an_agent_printed_after_the_comma_keeps_its_own_frame() -> None:
    graph = document(
        "第十条 市湖长制办公室对履职不到位的市有关部门，由市人民政府约谈其主要负责人。",
        "某某市湖泊保护条例",
    )
    supervised = edges(graph, "SUPERVISES")
    assert not any(source == "市湖长制办公室" and "主要负责人" in target for source, target in supervised)
