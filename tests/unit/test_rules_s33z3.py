"""Round 107 (street field offices): a function list closed by 等 and a government's departments collective
whose field office follows (…等区人民政府职能部门设在街道的派出机构) qualifies that collective's office; the
office is PART_OF the collective, and the last function is no made-up department. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市街道工作条例"


def test_the_field_office_of_a_listed_collective_is_part_of_the_collective() -> None:
    graph = document(
        "第五条 卫生健康、应急管理、交通运输等区人民政府职能部门设在街道的派出机构，实行双重管理。"
        "派出机构应当接受街道办事处的组织协调。",
        _TITLE,
    )
    assert ("派出机构", "区人民政府职能部门") in edges(graph, "PART_OF")
    assert "交通运输部门" not in names(graph)


def test_the_office_printed_with_a_possessive_is_part_of_the_collective_too() -> None:
    graph = document(
        "第五条 水务、农业农村等县人民政府工作部门的派驻机构，应当接受乡镇人民政府的统筹协调。", "某县乡镇工作条例"
    )
    assert ("派驻机构", "县人民政府工作部门") in edges(graph, "PART_OF")
    assert "农业农村部门" not in names(graph)


def test_a_plain_collective_qualifier_keeps_the_list() -> None:
    graph = document("第五条 卫生健康、应急管理等职能部门应当按照职责做好辖区内的安全检查工作。", _TITLE)
    assert {"卫生健康部门", "应急管理部门"} <= names(graph)


def test_a_station_list_ends_before_the_collective_of_its_office() -> None:
    graph = document(
        "第六条 交通管理所、司法所、林业工作所等县职能部门派出机构，应当接受乡镇人民政府的统筹协调。"
        "第七条 县职能部门应当按照职责做好乡镇的安全检查工作。",
        "某县乡镇工作条例",
    )
    assert "林业工作所" in names(graph)
    assert not any(name.startswith("林业工作所等") or name == "林业工作所部门" for name in names(graph))
    assert ("林业工作所", "县职能部门") in edges(graph, "PART_OF")
    assert ("司法所", "县职能部门") in edges(graph, "PART_OF")
