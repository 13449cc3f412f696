"""Round 137 (SUPERVISES recall): an oversight verb whose objects open with the holder's own charge (督促指导
所负责X沿线Y和Z履职: 所负责 says whose rivers, not part of a name) still reaches every body listed after it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖长制工作规定"


def test_objects_after_the_holders_own_charge_are_overseen() -> None:
    graph = document(
        "第九条 市级湖长负责所负责湖泊的保护工作，督促所负责湖泊周边县级湖长和市有关部门落实整改任务。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    # the second listed body is reached too, not only the one right after the charge
    assert ("市级湖长", "市有关部门") in found


def test_a_charge_with_no_body_after_it_gives_no_edge() -> None:
    graph = document("第九条 市级湖长督促所负责湖泊的保洁工作按期完成。", _TITLE)
    assert not edges(graph, "SUPERVISES")
