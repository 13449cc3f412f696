"""Session 25: 履行 ends an organ's stem (sentences written for the test, not taken from any document)."""

from __future__ import annotations

from tests.unit.rules_support import document, short


def test_a_chief_urged_to_perform_keeps_its_name() -> None:
    # 督促X林长履行林长职责: 履行 is the verb of the urged chief, not part of its name
    graph = document(
        "第一条 省级林长负责督促市级林长履行林长职责，协调解决重大问题。",
        "某省林长制实施办法",
    )
    edges = {(short(r.source), short(r.target)) for r in graph.relations if r.type == "SUPERVISES"}
    assert ("省级林长", "市级林长") in edges
    assert not any("履行" in target for _, target in edges)
