"""Round 110 (liabilities, round 2): the bodies opening a sanctioned condition (X、Y及其工作人员有下列情形之一的，
…给予处分) are liable when the list opens with a levelled collective whose 各 the subject lead takes
(各级人民政府及其有关部门…). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市古树名木保护责任制规定"


def _liable(graph: DocumentGraph) -> set[tuple[str, int]]:
    return {(short(li.organ), li.article) for li in graph.liabilities}


def test_every_body_opening_a_listed_condition_led_by_ge_ji_is_liable() -> None:
    graph = document(
        "第三条 市人民政府负责全市古树名木保护工作。\n"
        "第十二条 各级人民政府及其林业主管部门有下列情形之一的，对直接负责的主管人员依法给予处分：\n"
        "（一）未建立古树名木档案的；\n"
        "（二）未及时组织抢救濒危古树的。",
        _TITLE,
    )
    liable = _liable(graph)
    assert ("各级人民政府", 12) in liable
    assert any(name.endswith("林业主管部门") and article == 12 for name, article in liable)


def test_a_body_opening_a_listed_condition_without_ge_stays_liable() -> None:
    graph = document(
        "第三条 市人民政府负责全市古树名木保护工作。\n"
        "第十二条 市林业主管部门有下列情形之一的，依法追究责任：\n"
        "（一）未建立古树名木档案的；\n"
        "（二）未及时组织抢救濒危古树的。",
        _TITLE,
    )
    assert ("市林业主管部门", 12) in _liable(graph)


def test_a_bare_vague_staff_word_after_zhuijiu_is_not_liable() -> None:
    graph = document(
        "第三条 市人民政府负责全市古树名木保护工作。\n"
        "第十二条 市林业主管部门未履行古树名木保护职责的，应当追究有关人员的责任。",
        _TITLE,
    )
    liable = _liable(graph)
    assert ("市林业主管部门", 12) in liable
    assert not any(name == "有关人员" for name, _ in liable)
