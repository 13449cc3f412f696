"""Organ rules of session 19 (round a): a 等单位 list of sectors is one organ, and a one-character
function (水) closes a list with no 等 before 行政主管部门.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, surfaces


def test_a_sector_list_before_units_is_one_organ() -> None:
    # 码头 and 学院 are no government function: the list names examples of one regulated category
    text = "码头、电力、学院等单位管理的水域，由其负责日常巡查。"
    assert surfaces(text, "county") == ["码头、电力、学院等单位"]
    graph = document("第一条 码头、电力、学院等单位应当建立水域巡查制度。", "某县水域管理办法")
    assert "码头、电力、学院等单位" in names(graph)
    assert holder_names(graph, 1) == {"码头、电力、学院等单位"}


def test_project_parties_and_departments_still_split() -> None:
    # 勘察/施工 are parties of one project, each an actor of its own
    assert len(surfaces("勘察、施工等单位应当遵守操作规程。", "county")) == 2
    # a list of functions owned by a government or opened by a level word names departments
    assert len(surfaces("县公安、林业等单位应当配合。", "county")) == 2
    # an item that names a body with its own head is read as that body
    assert "养老机构" in surfaces("养老机构、码头等单位应当配合。", "county")


def test_a_sector_list_never_reaches_back_past_a_clause_break() -> None:
    assert surfaces("依照前款规定，码头、学院等单位应当整改。", "county") == ["码头、学院等单位"]
    assert surfaces("（二）码头、学院等单位", "county") == ["码头、学院等单位"]


def test_water_closes_a_list_before_its_head() -> None:
    found = surfaces("景观带的养护分别由林业、航道、水行政主管部门负责。", "county")
    assert found == ["林业", "航道", "水行政主管部门"]


def test_water_alone_and_after_a_body_keeps_its_reading() -> None:
    assert surfaces("水行政主管部门负责河道巡查。", "county") == ["水行政主管部门"]
    found = surfaces("乡镇人民政府、水行政主管部门应当协同巡查。", "county")
    assert found == ["乡镇人民政府", "水行政主管部门"]
