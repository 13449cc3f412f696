"""Round 106 (relations across all documents): a bare level word that is the whole body of a 在X(的)指导下
frame (在乡镇（街道）指导下, 在街道（乡镇）的领导和指导下) names the level's bodies, who guide the clause's
subject; elsewhere 在+level word stays the place the work is done in. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某县耕地保护责任制实施办法"


def test_a_bare_township_place_in_an_under_frame_guides_the_subject() -> None:
    graph = document("第三条 村民委员会应当在乡镇（街道）指导下，将耕地保护要求纳入村规民约。", _TITLE)
    assert ("乡镇（街道）", "村民委员会") in edges(graph, "GUIDES")


def test_a_bare_place_leading_and_guiding_guides_the_subject() -> None:
    graph = document("第三条 社区居民委员会在街道（乡镇）的领导和指导下，协助做好矛盾调处。", _TITLE)
    assert ("街道（乡镇）", "社区居民委员会") in edges(graph, "GUIDES")


def test_a_place_the_work_is_done_in_is_no_body() -> None:
    graph = document("第三条 村民委员会应当在乡镇开展耕地巡查。", _TITLE)
    assert not edges(graph, "GUIDES")
    assert not edges(graph, "ASSISTS")


def test_accepting_work_guidance_gives_the_guiding_edge() -> None:
    graph = document("第三条 乡镇人民政府应当接受县级林长的工作指导和监督。", "某县林长制实施办法")
    assert ("县级林长", "乡镇人民政府") in edges(graph, "GUIDES")
    assert ("县级林长", "乡镇人民政府") in edges(graph, "SUPERVISES")
