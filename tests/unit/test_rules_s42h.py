"""Round 133 (SUPERVISES precision): false oversight edges. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市河湖长制实施办法"


def test_paired_run_in_a_scope_sentence_keeps_each_pair() -> None:
    graph = document(
        "第八条 市人民政府对区人民政府、区人民政府对街道办事处的考核工作，参照本办法执行。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市人民政府", "区人民政府") in found
    assert ("区人民政府", "街道办事处") in found
    assert ("市人民政府", "街道办事处") not in found
