"""Round 113 (residents' / villagers' committee genre, second round): the escalation part of a sanction
sentence (X…的，由Y予以纠正；必要时，由Z责令改正) acts on the same offenders, and the departments printed as a
bare 职能部门 after a government and 及其, or after the comma and 其 of a sentence the governments open, are
those governments' own. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short

_TITLE = "某某社区委员会工作办法"


def test_an_escalation_part_sanctions_the_offenders_of_the_sentence() -> None:
    graph = document(
        "第九条 社区委员会未履行本办法规定义务的，由社区会议予以纠正；必要时，由镇人民政府责令改正。",
        _TITLE,
    )
    assert ("镇人民政府", "社区委员会") in edges(graph, "SUPERVISES")
    assert {short(item.organ) for item in graph.liabilities} == {"社区委员会"}
