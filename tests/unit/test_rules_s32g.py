"""Round 103 (relations placed in the wrong article): a part that holds no duty and is first printed
after its body as X及其Y (or X及其A、Y) has its PART_OF at that tie, not at the later article that
prints its whole name. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, short

_TITLE = "某某工作检查办法"


def _part_of_articles(graph, source_fragment: str) -> set[tuple[str, str, int]]:
    return {
        (short(r.source), short(r.target), r.article)
        for r in graph.relations
        if r.type == "PART_OF" and source_fragment in short(r.source)
    }


def test_a_dutyless_head_role_is_placed_at_its_bodys_tie() -> None:
    graph = document(
        "第三条 检查的对象包括：（一）市人民政府有关部门及其负责人；（二）县级人民政府。"
        "第四条 检查组应当制定检查方案。"
        "第五条 发现问题的，检查组可以约谈市人民政府有关部门负责人。",
        _TITLE,
    )
    placed = _part_of_articles(graph, "负责人")
    assert placed and all(article == 3 for _, _, article in placed)


def test_a_part_named_second_in_a_tie_list_is_placed_there() -> None:
    graph = document(
        "第三条 检查的对象包括县人民政府及其主要负责人、分管负责人。"
        "第四条 检查组应当制定检查方案。"
        "第五条 检查组可以约谈县人民政府分管负责人。",
        _TITLE,
    )
    placed = _part_of_articles(graph, "分管负责人")
    assert placed and all(article == 3 for _, _, article in placed)


def test_a_part_named_whole_first_keeps_its_first_mention() -> None:
    graph = document(
        "第三条 检查组可以约谈县人民政府分管负责人。"
        "第四条 检查的对象包括县人民政府及其主要负责人、分管负责人。"
        "第五条 检查组应当制定检查方案。",
        _TITLE,
    )
    placed = _part_of_articles(graph, "分管负责人")
    assert placed and all(article == 3 for _, _, article in placed)
