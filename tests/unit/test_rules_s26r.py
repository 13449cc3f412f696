"""Sanction edges of round 77 (persons sanctioned by the unit they work in): 所在机关 is that unit named
as an organ of state, like 所在单位; a later ;-part opened by 对…负有直接责任的人员，由其所在单位… is a
sanction of its own on that person, even after a fine; a person may end a 的-phrase (有…行为的责任人员)
and two such persons may be joined by 或者.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names


def test_the_persons_own_organ_of_state_sanctions_them() -> None:
    body = "第一条 对擅自批准砍伐古树的直接责任人，由其所在机关或者上级机关给予行政处分。"
    graph = document(body, "某市古树保护条例")
    assert "所在机关" in names(graph)
    found = edges(graph, "SUPERVISES")
    assert ("所在机关", "直接责任人") in found
    assert ("上级机关", "直接责任人") in found


def test_the_own_organ_of_a_departments_staff_is_the_department_itself() -> None:
    body = "第一条 园林、林业行政主管部门工作人员徇私舞弊的，由所在机关或者上级机关给予行政处分。"
    found = edges(document(body, "某市古树保护条例"), "SUPERVISES")
    assert ("上级机关", "林业行政主管部门") in found
    assert not any(source == "所在机关" for source, _ in found)  # no self edge


def test_a_person_part_after_a_fine_is_a_sanction_of_its_own() -> None:
    body = (
        "第一条 违反本条例规定，在湿地内倾倒垃圾的，由林业主管部门责令限期清除，处二万元以下罚款；"
        "对因失职造成湿地污染负有直接责任的人员，由其所在单位或者其上级主管机关依法给予处分。"
    )
    found = edges(document(body, "某市湿地保护条例"), "SUPERVISES")
    assert ("所在单位", "负有直接责任的人员") in found
    assert ("上级主管机关", "负有直接责任的人员") in found
    assert not any(source == "林业主管部门" for source, _ in found)  # the fined party is a regulated actor


def test_persons_ending_their_phrases_and_joined_by_or_are_sanctioned() -> None:
    body = (
        "第一条 有本条例第五条所列行为的责任人员或者在检疫工作中弄虚作假的国家工作人员，"
        "由其所在单位或者上级机关给予行政处分。"
    )
    found = edges(document(body, "植物检疫条例"), "SUPERVISES")
    assert {("所在单位", "责任人员"), ("上级机关", "责任人员")} <= found
    assert {("所在单位", "国家工作人员"), ("上级机关", "国家工作人员")} <= found


def test_a_departments_staff_in_a_phrase_stays_sanctioned_through_the_department() -> None:
    body = "第一条 在检疫工作中县农业部门的工作人员弄虚作假的，由其所在单位或者上级机关给予行政处分。"
    graph = document(body, "某县植物检疫办法")
    assert "工作人员" not in names(graph)
