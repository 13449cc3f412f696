"""Round 90 (s27b): departments tied by 及其 to governments of named levels are printed as the whole tie.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, organ_named


def test_tied_departments_are_printed_from_their_level_body() -> None:
    # 市、县（区）人民政府及其有关部门: each level's departments carry the printed tie, not the bare 有关部门,
    # which names the document's unnamed set
    graph = document(
        "第一条 市、县（区）人民政府及其有关部门应当做好湿地巡查工作，及时处置发现的问题。",
        "某市湿地保护条例",
    )
    city = organ_named(graph, "市人民政府有关部门")
    county = organ_named(graph, "县（区）人民政府有关部门")
    # (round 100: each also carries its level-word name, 市有关部门 / 县（区）有关部门)
    for organ in (city, county):
        assert "市、县（区）人民政府及其有关部门" in organ.aliases
        assert "有关部门" not in organ.aliases
    assert ("市人民政府有关部门", "市人民政府") in edges(graph, "PART_OF")
    assert ("县（区）人民政府有关部门", "县（区）人民政府") in edges(graph, "PART_OF")


def test_spanning_and_place_bodies_keep_the_bare_surface() -> None:
    # 各级人民政府及其有关部门 / 当地人民政府及有关部门: no one level is printed, so the departments keep 有关部门
    graph = document(
        "第一条 各级人民政府及其有关部门应当加强宣传教育。\n"
        "第二条 设施受到损坏的，当地人民政府及有关部门应当及时修复。",
        "某省设施保护条例",
    )
    spanning = [o for o in graph.organs if o.name.endswith("有关部门")]
    assert spanning and all(o.aliases == ["有关部门"] for o in spanning)
