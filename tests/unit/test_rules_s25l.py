"""Round 54 (river/lake/forest chiefs): sentences written for these rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import document, short


def test_relative_chief_over_relative_chief_is_the_printed_set() -> None:
    # 上一级河长对下一级河长…考核: the subject is itself relative, so no level to step from; the object
    # is the relative set as printed, named in full (explicit), not a tier by level arithmetic
    graph = document(
        "第一条 市级河长、县级河长、乡级河长按照职责分工组织开展河湖管理保护工作。\n"
        "第二条 上一级河长对下一级河长履行职责情况进行考核。",
        "某市河长制实施办法",
    )
    edges = [(short(r.source), short(r.target), r.implicit) for r in graph.relations if r.type == "SUPERVISES"]
    assert ("上一级河长", "下一级河长", False) in edges
    assert not any(source == "上一级河长" and target == "县级河长" for source, target, _ in edges)
