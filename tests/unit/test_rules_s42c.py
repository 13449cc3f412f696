"""Round 132 (REPORTS_TO): a meeting that deliberates and adopts a matter (经X或者Y讨论通过/表决通过后，报Z批准) is no
report target; Z, after the 报, still is. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县村务管理办法"


def test_a_voting_meeting_is_no_report_target() -> None:
    graph = document(
        "第八条 村民委员会应当拟订村庄道路养护方案，经村民会议或者村民代表会议表决通过后，报镇人民政府批准。",
        _TITLE,
    )
    found = edges(graph, "REPORTS_TO")
    assert ("村民委员会", "镇人民政府") in found
    assert ("村民委员会", "村民会议") not in found
    assert ("村民委员会", "村民代表会议") not in found


def test_a_discussing_meeting_is_no_report_target() -> None:
    graph = document(
        "第九条 村民委员会编制的集体资产处置方案，经村民代表会议讨论同意后报镇人民政府备案。",
        _TITLE,
    )
    found = edges(graph, "REPORTS_TO")
    assert ("村民委员会", "镇人民政府") in found
    assert ("村民委员会", "村民代表会议") not in found
