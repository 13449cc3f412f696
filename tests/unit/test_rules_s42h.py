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


def test_a_power_wielded_oversees_no_granting_body() -> None:
    graph = document(
        "第九条 镇人民政府以镇人民政府名义相对集中行使县人民政府赋予的行政处罚权以及相关的行政检查权。",
        "某某县乡镇职责规定",
    )
    assert ("镇人民政府", "县人民政府") not in edges(graph, "SUPERVISES")


def test_a_power_wielded_over_organs_opened_by_dui_keeps_its_object() -> None:
    graph = document("第十条 县监察机关对镇人民政府的执法活动行使监察权。", "某某县乡镇职责规定")
    assert ("县监察机关", "镇人民政府") in edges(graph, "SUPERVISES")
