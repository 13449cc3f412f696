"""Round 98 (gwrel3, central regulations): a spanning government sits in a spanning 党委和政府 pair only
where the pair is printed more than once (a pair printed once states the 党政同责 principle)."""

from __future__ import annotations

from tests.unit.rules_support import document, short


def _part_of(body: str) -> set[tuple[str, str]]:
    graph = document(body, "林木养护督导办法")
    return {(short(r.source), short(r.target)) for r in graph.relations if r.type == "PART_OF"}


def test_pair_printed_once_holds_no_government() -> None:
    parts = _part_of(
        "第一条 地方各级党委和政府对本地区林木养护工作负领导责任。\n"
        "第二条 地方各级人民政府应当每年组织林木养护检查，并向社会公布检查结果。\n"
    )
    assert ("地方各级人民政府", "地方各级党委和政府") not in parts, parts


def test_pair_printed_again_keeps_its_government() -> None:
    parts = _part_of(
        "第一条 地方各级党委和政府对本地区林木养护工作负领导责任。\n"
        "第二条 地方各级人民政府应当每年组织林木养护检查，并向社会公布检查结果。\n"
        "第三条 地方各级党委和政府应当将林木养护工作纳入年度考核。\n"
    )
    assert ("地方各级人民政府", "地方各级党委和政府") in parts, parts
