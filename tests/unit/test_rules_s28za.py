"""Round 96 (roles): a leader role printed bare in the sentence of a named body's leader role."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

TITLE = "某某工作责任考评办法"


def test_bare_deputy_after_named_head_is_that_bodys_deputy() -> None:
    body = (
        "第四条 市级人民政府主要负责人对本地区水源保护工作负总责；分管负责人协助主要负责人做好日常协调，"
        "对具体工作负直接责任。"
    )
    graph = document(body, TITLE)
    assert "市级人民政府分管负责人" in names(graph)
    assert "分管负责人" not in names(graph)
    assert ("市级人民政府分管负责人", "市级人民政府") in edges(graph, "PART_OF")


def test_bare_deputy_after_unplaced_pair_head_is_left_alone() -> None:
    body = (
        "第四条 县级以上地方各级党委和人民政府对本地区水源保护工作负责，党委和人民政府主要负责人是第一责任人，"
        "其他负责人在各自分管领域内履行相应职责。"
    )
    graph = document(body, TITLE)
    assert "党委和人民政府其他负责人" not in names(graph)


def test_bare_deputy_in_a_later_sentence_is_not_carried() -> None:
    body = "第四条 市级人民政府主要负责人对本地区水源保护工作负总责。分管负责人应当定期听取工作汇报。"
    graph = document(body, TITLE)
    assert "市级人民政府分管负责人" not in names(graph)
