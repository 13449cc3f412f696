"""Round 110 (river-chief relative posts): the 下级/上一级 chief seen from the chiefs of every level (各级河长…
对下级河长…督导) is the relative collective as printed, not the tier below the document's top one, even where
the text names that tier (县级河长). Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市某河保护条例"


def test_the_lower_chief_of_every_level_stays_a_relative_collective() -> None:
    graph = document(
        "第五条 本市实行河长制，设立市级、县级、镇级河长。"
        "第六条 各级河长负责协调解决河道保护中的问题，对下级河长履行职责情况进行督促检查。"
        "第七条 市级河长对下一级河长的工作进行考核。县级河长应当定期巡河。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("各级河长", "县级河长") not in supervised
    assert any(source == "各级河长" and "下" in target for source, target in supervised)
