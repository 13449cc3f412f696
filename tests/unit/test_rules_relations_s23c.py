"""Round 44 relation rules: 舆论监督 is oversight named by its kind, as 民主监督 is (接受新闻媒体舆论监督:
the media supervise the bodies that accept it). Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某省档案条例"


def test_public_opinion_oversight_by_the_media() -> None:
    graph = document("第五条 县档案局、县文化局应当接受新闻媒体舆论监督。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("新闻媒体", "县档案局"), ("新闻媒体", "县文化局")}


def test_public_opinion_oversight_after_de() -> None:
    graph = document("第五条 县档案局应当公开档案开放目录，接受新闻媒体的舆论监督。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("新闻媒体", "县档案局")}


def test_the_media_named_without_oversight_give_no_edge() -> None:
    graph = document("第五条 县档案局应当通过新闻媒体公布开放档案目录。", _TITLE)
    assert edges(graph, "SUPERVISES") == set()
