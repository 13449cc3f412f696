"""Round 109 (street and township rules): a short name defined after a list of bodies that abbreviates
the last body alone (A、B（以下简称B'）), and a body stationed out by another (X派驻街道的Y). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_id, short

_TITLE = "某县乡镇工作规定"


def test_a_short_name_after_a_list_is_the_last_body_alone() -> None:
    graph = document(
        "第四条 县委宣传部、县委机构编制委员会办公室（以下简称县委编办）、县财政局等部门按照各自职责做好乡镇工作保障。"
        "第五条 县委编办应当核定乡镇机构编制。",
        _TITLE,
    )
    office = organ_id(graph, "县委机构编制委员会办公室")
    assert office == organ_id(graph, "县委编办")
    assert office != organ_id(graph, "县委宣传部")
    assert not any("、" in alias for organ in graph.organs for alias in organ.aliases)
    assert holders_of_duty(graph, "核定乡镇机构编制") == {short(office)}
    assert (short(office), short(organ_id(graph, "县委宣传部"))) not in edges(graph, "PART_OF")


def test_a_body_stationed_in_the_street_is_part_of_the_body_that_stations_it() -> None:
    graph = document("第六条 县纪委监委派驻镇的纪检监察工作机构应当加强对镇人民政府的监督。", _TITLE)
    stationed = organ_id(graph, "县纪委监委派驻镇的纪检监察工作机构")
    assert (short(stationed), short(organ_id(graph, "县纪委监委"))) in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "加强对镇人民政府的监督") == {short(stationed)}
