"""Round 118 (SUPERVISES precision: relative clauses and object phrases): the agent of a relative clause
that qualifies the object of 对 (对X移交/报送/申报/书面告知的Y进行核查) is no object of the oversight verb,
and an organ that takes part in the activity an oversight word names (对X参与督导活动给予补助, 对X协助…开展
…管理等工作，提供支持) is no object of that word. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保护条例"


def test_the_body_that_hands_a_clue_on_is_not_overseen() -> None:
    graph = document(
        "第五条 市公安机关应当对市水行政主管部门移交的违法线索及时核查处理。第六条 市水行政主管部门应当巡查湖泊。",
        _TITLE,
    )
    assert ("市公安机关", "市水行政主管部门") not in edges(graph, "SUPERVISES")


def test_the_body_that_files_a_report_is_not_overseen() -> None:
    graph = document(
        "第五条 市湖长制办公室对县级湖长报送的年度总结进行审核。第六条 县级湖长应当巡查湖泊。",
        _TITLE,
    )
    assert not any(target == "县级湖长" for _, target in edges(graph, "SUPERVISES"))


def test_a_manner_word_before_the_relative_verb_is_read_through() -> None:
    graph = document(
        "第五条 市生态环境主管部门对市湖泊保护中心书面告知的问题，应当依法查处。第六条 市湖泊保护中心应当巡查湖泊。",
        _TITLE,
    )
    assert ("市生态环境主管部门", "市湖泊保护中心") not in edges(graph, "SUPERVISES")


def test_the_object_of_a_plain_oversight_stays() -> None:
    graph = document(
        "第五条 市人民政府应当对县级人民政府报送材料的情况进行监督检查。第六条 县级人民政府应当保护湖泊。",
        _TITLE,
    )
    assert ("市人民政府", "县级人民政府") in edges(graph, "SUPERVISES")


def test_a_body_taking_part_in_the_named_activity_is_not_overseen() -> None:
    graph = document(
        "第五条 县人民政府对村民委员会协助开展湖泊巡查管理等工作，应当给予经费支持。第六条 村民委员会应当协助巡查。",
        _TITLE,
    )
    assert ("县人民政府", "村民委员会") not in edges(graph, "SUPERVISES")


def test_the_oversight_of_how_a_body_took_part_stays() -> None:
    graph = document(
        "第五条 县人民政府对村民委员会协助开展湖泊巡查工作的情况进行考核。第六条 村民委员会应当协助巡查。",
        _TITLE,
    )
    assert ("县人民政府", "村民委员会") in edges(graph, "SUPERVISES")
