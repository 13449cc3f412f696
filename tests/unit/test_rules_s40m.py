"""Round 128 (oversight of staff and teams): a piece that is only 由Z and the oversight verb (由Z进行日常管理,
日常由Z管理, 由Z统一选聘和日常管理) manages the staff the piece right before it hires (配备/聘请 X、Y) or fronts
before its own 由 (X、Y由A会同B选聘). Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某河道巡护办法"


def test_staff_hired_in_the_piece_before_are_managed_by_the_agent() -> None:
    graph = document(
        "第九条 乡镇人民政府可以按照河道数量配备巡河员、保洁员，由村民委员会进行日常管理。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("村民委员会", "巡河员") in found
    assert ("村民委员会", "保洁员") in found


def test_a_number_between_the_hiring_verb_and_the_staff_and_prior_acts_before_the_verb() -> None:
    graph = document("第九条 每个片区至少配备一名护林员或者草管员，由乡镇人民政府统一选聘和日常管理。", _TITLE)
    found = edges(graph, "SUPERVISES")
    assert ("乡镇人民政府", "护林员") in found
    assert ("乡镇人民政府", "草管员") in found


def test_staff_fronted_before_the_first_agent_are_managed_by_the_second() -> None:
    graph = document(
        "第九条 护林员、草管员由县林业主管部门会同乡镇人民政府选聘，日常由乡镇人民政府管理。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("乡镇人民政府", "护林员") in found
    assert ("乡镇人民政府", "草管员") in found


def test_a_piece_with_more_than_the_agent_and_the_verb_gives_no_edge() -> None:
    graph = document(
        "第九条 乡镇人民政府可以配备巡河员，由村民委员会组织开展巡查。",
        _TITLE,
    )
    assert ("村民委员会", "巡河员") not in edges(graph, "SUPERVISES")


def test_an_upper_authority_after_or_its_joins_the_sanctioning_agents() -> None:
    graph = document(
        "第三十条 县级人民政府职能部门有下列情形之一的，由县级人民政府或者其上级主管部门责令改正：（一）推诿的；"
        "（二）拖延的。",
        "某某街道工作条例",
    )
    found = edges(graph, "SUPERVISES")
    assert ("县级人民政府", "县级人民政府职能部门") in found
    assert ("上级主管部门", "县级人民政府职能部门") in found
