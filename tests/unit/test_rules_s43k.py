"""Round 136 (直辖市 relations): the township pair of a 直辖市 text printed as alternatives with the township
written 乡、镇 (乡、镇人民政府或者街道办事处) is the one pair, not a bare 乡 before a 镇 pair. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, surfaces

_TITLE = "某某市养犬管理条例"


def test_the_township_pair_offered_as_alternatives_is_one_mention() -> None:
    found = surfaces("养犬人应当向居住地的乡、镇人民政府或者街道办事处办理登记。", "provincial")
    assert "乡、镇人民政府或者街道办事处" in found
    assert "乡" not in found


def test_a_report_to_the_alternative_pair_reaches_the_pair() -> None:
    graph = document(
        "第五条 乡、镇人民政府或者街道办事处负责本辖区养犬登记的具体工作。\n"
        "第六条 犬只收容机构应当每月向乡、镇人民政府或者街道办事处报告收容情况。",
        _TITLE,
    )
    sources = {source for source, target in edges(graph, "REPORTS_TO") if target == "乡、镇人民政府或者街道办事处"}
    assert "犬只收容机构" in sources
