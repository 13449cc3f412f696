"""Round 135 (liabilities): the bodies opening a penalty sentence are liable whatever verb their offence opens
with (违反本条例…规定，X在施工前未…的，由Y责令改正，处…罚款 / X擅自…的，由Y…). Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市湖泊保护条例"
_DEPARTMENT = "第四条 市人民政府水行政主管部门负责本市湖泊保护的监督管理工作。\n"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_a_breach_led_offender_with_a_free_condition_is_liable() -> None:
    graph = document(
        _DEPARTMENT + "第五条 违反本条例第四条规定，施工单位在汛期前未拆除临时围堰的，由市人民政府水行政主管部门"
        "责令限期改正，处二千元以上二万元以下的罚款。",
        _TITLE,
        "法律责任",
    )
    assert "施工单位" in _liable(graph, 5)
    # the sanctioning body holds the duty, no liability
    assert "市人民政府水行政主管部门" not in _liable(graph, 5)


def test_an_offender_opening_the_sentence_before_a_named_sanctioner_is_liable() -> None:
    graph = document(
        _DEPARTMENT + "第五条 建设单位堆放弃土影响湖泊行洪的，由市人民政府水行政主管部门责令改正，"
        "可以处一万元以下的罚款。",
        _TITLE,
        "法律责任",
    )
    assert "建设单位" in _liable(graph, 5)


def test_a_body_with_a_modal_before_its_condition_is_no_offender() -> None:
    graph = document(
        _DEPARTMENT + "第五条 违反本条例第四条规定，市人民政府水行政主管部门应当在发现违法行为的，"
        "依法处一千元以下的罚款。",
        _TITLE,
        "法律责任",
    )
    assert "市人民政府水行政主管部门" not in _liable(graph, 5)


def test_bodies_whose_heads_are_summoned_are_not_liable_themselves() -> None:
    graph = document(
        "第四条 县级人民政府负责本行政区域湖泊保护工作。\n"
        "第五条 县级人民政府湖泊保护工作推进不力的，由市人民政府约谈其主要负责人，责令限期整改。",
        _TITLE,
        "奖惩",
    )
    assert "县级人民政府" not in _liable(graph, 5)
