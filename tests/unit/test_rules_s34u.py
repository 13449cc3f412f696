"""Round 110 (liabilities, round 2): a bare vague staff word after 对/追究/责令 (追究有关人员的责任) names no
organ to be sanctioned; the bodies the sentence names stay liable. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市古树名木保护责任制规定"


def _liable(graph: DocumentGraph) -> set[tuple[str, int]]:
    return {(short(li.organ), li.article) for li in graph.liabilities}


def test_a_bare_vague_staff_word_after_zhuijiu_is_not_liable() -> None:
    graph = document(
        "第三条 市人民政府负责全市古树名木保护工作。\n"
        "第十二条 市林业主管部门未履行古树名木保护职责的，应当追究有关人员的责任。",
        _TITLE,
    )
    liable = _liable(graph)
    assert ("市林业主管部门", 12) in liable
    assert not any(name == "有关人员" for name, _ in liable)
