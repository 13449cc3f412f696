"""Round 125 (the newest dev documents): the 下级人民政府 (and its departments after 及其) that a
department printed with no level oversees, in a text whose governments are of several local levels, is
the relative set as printed, not the tier below the document's own. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named

_TITLE = "临江市湖泊保护条例"


def test_an_unlevelled_department_oversees_the_relative_set_below() -> None:
    graph = document(
        "第二条 市、县（区）人民政府应当加强湖泊保护工作。"
        "第三条 水行政主管部门负责湖泊保护的监督管理，指导和监督下级人民政府及其有关部门落实湖泊保护责任。",
        _TITLE,
    )
    assert {"下级人民政府", "下级人民政府有关部门"} <= names(graph)
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "水行政主管部门"}
    assert supervised == {"下级人民政府", "下级人民政府有关部门"}
    assert ("下级人民政府有关部门", "下级人民政府") in edges(graph, "PART_OF")


def test_an_object_set_between_keeps_the_department_as_subject() -> None:
    graph = document(
        "第二条 市、县（区）人民政府应当加强湖泊保护工作。"
        "第三条 水行政主管部门负责会同有关部门编制湖泊保护规划；负责督促下级人民政府开展湖泊清淤工作。",
        _TITLE,
    )
    assert ("水行政主管部门", "下级人民政府") in edges(graph, "SUPERVISES")
    assert ("水行政主管部门", "县（区）人民政府") not in edges(graph, "SUPERVISES")


def test_a_levelled_department_keeps_the_tier_below() -> None:
    graph = document(
        "第二条 市、县（区）人民政府应当加强湖泊保护工作。"
        "第三条 市水行政主管部门应当督促下级人民政府开展湖泊清淤工作。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {("市水行政主管部门", "县（区）人民政府")}


def test_a_text_of_one_government_level_keeps_the_tier_below() -> None:
    graph = document(
        "第二条 市人民政府应当加强湖泊保护工作。第三条 水行政主管部门应当督促下级人民政府开展湖泊清淤工作。",
        _TITLE,
    )
    assert organ_named(graph, "下级人民政府").level == "county"


def test_the_river_chief_printed_with_the_lake_in_brackets_is_a_post_at_each_level() -> None:
    graph = document(
        "第二条 市、县（区）、乡镇人民政府应当加强湖泊保护工作，落实河（湖）长制。"
        "第三条 市、县、乡级河（湖）长应当分级组织湖泊清淤和岸线整治工作。",
        _TITLE,
    )

    def plain(name: str) -> str:
        return name.replace("（", "(").replace("）", ")")

    assert {plain(name) for name in holder_names(graph, 3)} == {"市级河(湖)长", "县级河(湖)长", "乡级河(湖)长"}
    part_of = {(plain(part), plain(body)) for part, body in edges(graph, "PART_OF")}
    assert {("市级河(湖)长", "市人民政府"), ("乡级河(湖)长", "乡镇人民政府")} <= part_of
    assert not any("长制" in name for name in names(graph))
