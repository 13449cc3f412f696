"""Round 110 (street bodies' posts): the secretary of a party committee that acts without holding a duty of its
own (乡镇党委 guiding or managing a station) sits in that committee, not in its level's 党委和政府 pair; where
the committee is only the end of a report, the pair keeps the secretary. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某乡村治理工作责任制实施办法"


def test_a_secretary_of_a_guiding_party_committee_sits_in_it() -> None:
    graph = document(
        "第二条 乡镇党委和政府对本乡镇治理工作负总责。"
        "第三条 乡镇党委书记是本乡镇治理工作第一责任人。"
        "第四条 驻村工作组在乡镇党委领导和指导下开展工作。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("乡镇党委书记", "乡镇党委") in part_of
    assert ("乡镇党委书记", "乡镇党委和政府") not in part_of
