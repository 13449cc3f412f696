"""City-regulation rules (s31o), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): sites named after the document's own place, summed up by 等 and a kind before
one management body (宁海新区等功能区管理机构), are each that site's body, while unnamed kinds stay one
collective; partner cities listed before one government after 与 (与甲市、乙市人民政府建立协作机制) are each
another city's government the holder assists; a proper city after 与 (与甲山市…的协作) stands for its
government."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

TITLE = "宁海市河道保护条例"


def test_named_sites_before_a_kind_are_each_a_body() -> None:
    graph = document(
        "第一条 宁海新区、宁海临港产业园区等功能区管理机构按照市人民政府确定的职责，负责本区域内河道保护工作。\n",
        TITLE,
    )
    assert holder_names(graph, 1) == {"宁海新区管理机构", "宁海临港产业园区管理机构"}
    assert "功能区管理机构" not in names(graph)


def test_unnamed_kinds_before_a_kind_stay_one_collective() -> None:
    graph = document("第一条 经济开发区、旅游度假区等功能区管理机构负责本区域内的河道巡查工作。\n", TITLE)
    assert holder_names(graph, 1) == {"功能区管理机构"}


def test_sites_of_another_place_stay_one_collective() -> None:
    graph = document("第一条 东江新区等功能区管理机构负责本区域内的河道巡查工作。\n", TITLE)
    assert holder_names(graph, 1) == {"功能区管理机构"}


def test_listed_partner_cities_are_each_assisted() -> None:
    graph = document("第一条 市人民政府应当与甲山市、乙水市人民政府建立河道保护协作机制。\n", TITLE)
    assert {"甲山市人民政府", "乙水市人民政府"} <= names(graph)
    assert {("市人民政府", "甲山市人民政府"), ("市人民政府", "乙水市人民政府")} <= edges(graph, "ASSISTS")


def test_a_listed_city_with_no_cooperation_is_no_partner() -> None:
    graph = document("第一条 市人民政府应当与甲山市、乙水市人民政府交界的区域设置界标。\n", TITLE)
    assert "甲山市人民政府" not in names(graph)


def test_partner_cities_named_alone_stand_for_their_governments() -> None:
    graph = document("第一条 市人民政府应当加强与甲山市以及浙江省乙水市、丙河市等上游地区的协作。\n", TITLE)
    partners = {"甲山市人民政府", "乙水市人民政府", "丙河市人民政府"}
    assert {("市人民政府", partner) for partner in partners} <= edges(graph, "ASSISTS")


def test_a_phrase_ending_in_city_is_no_named_partner() -> None:
    graph = document("第一条 市人民政府应当加强与相关城市的协作。\n", TITLE)
    assert "相关城人民政府" not in names(graph)
