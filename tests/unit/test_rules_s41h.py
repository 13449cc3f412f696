"""Round 129 (assistance with no object printed): Y应当予以配合/依法协助 after a condition piece (X…需要Y协助的，
Y应当…依法协助 / 在…时，X需要…的，Y应当予以配合) helps the bodies opening that piece, as after a time piece
(X检查…时，Y应当予以配合); the scope phrase 在职责范围内 may stand between the helper and its bare verb. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市河道管理条例"


def test_a_condition_piece_names_the_party_helped() -> None:
    graph = document(
        "第九条 河道管理机构调查河道违法行为需要向市场监督管理部门调取登记资料的，市场监督管理部门应当予以配合。",
        _TITLE,
    )
    assert ("市场监督管理部门", "河道管理机构") in edges(graph, "ASSISTS")


def test_a_condition_piece_after_a_time_piece_with_no_body_names_the_party() -> None:
    graph = document(
        "第十条 在汛期开展河道清障行动时，河道管理机构需要公安机关协助的，公安机关应当在职责范围内依法协助。",
        _TITLE,
    )
    assert ("公安机关", "河道管理机构") in edges(graph, "ASSISTS")


def test_a_condition_piece_with_no_body_gives_no_edge() -> None:
    graph = document(
        "第十一条 河道清障需要协助的，公安机关应当在职责范围内依法协助。第十二条 河道管理机构应当巡查河道。",
        _TITLE,
    )
    assert not [pair for pair in edges(graph, "ASSISTS") if pair[0] == "公安机关" and pair[1] != "公安机关"]
