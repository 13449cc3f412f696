"""Round 106 (field-office lists in street and township rules): the stations listed before 等 and the field
office of a departments' collective (公安派出所、司法所等区人民政府工作部门的派出机构, …等区县职能部门派出机构) are
each that collective's own. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某区镇域治理规定"


def test_stations_listed_before_a_possessive_field_office_are_inside_the_departments() -> None:
    graph = document(
        "第二条 区人民政府工作部门应当支持镇人民政府开展工作。"
        "第三条 公安派出所、司法所、税务所等区人民政府工作部门的派出机构，应当配合镇人民政府开展联合检查。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    for station in ("公安派出所", "司法所", "税务所"):
        assert (station, "区人民政府工作部门") in part_of
        assert (station, "镇人民政府") in edges(graph, "ASSISTS")


def test_stations_listed_before_a_compact_field_office_are_inside_the_departments() -> None:
    graph = document(
        "第二条 乡镇人民政府可以召集区县职能部门研究处置。"
        "第三条 公安派出所、市场监管所等区县职能部门派出机构，应当配合乡镇人民政府开展联合执法。",
        _TITLE,
    )
    assert {("公安派出所", "区县职能部门"), ("市场监管所", "区县职能部门")} <= edges(graph, "PART_OF")


def test_stations_listed_before_an_office_of_no_department_stay_apart() -> None:
    graph = document("第二条 派出所、司法所等派驻机构应当配合镇人民政府开展联合检查。", _TITLE)
    assert not any(source in ("派出所", "司法所") for source, _ in edges(graph, "PART_OF"))


def test_a_station_printed_alone_keeps_no_department() -> None:
    graph = document("第二条 司法所应当配合镇人民政府开展法治宣传。", _TITLE)
    assert "司法所" in names(graph)
    assert not edges(graph, "PART_OF")
