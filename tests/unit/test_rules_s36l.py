"""Round 116 (river, lake and water-source rules: relations): a sanction printed as 问责 after a condition
(…的，由Y(依法依规)(予以)问责) is Y's oversight of the failing body, as 追究责任 is, also in a degree part
(…；情节严重的，由Y予以问责). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保护条例"


def test_a_sanction_by_accountability_gives_the_oversight_edge() -> None:
    graph = document(
        "第五条 市人民政府应当加强湖泊保护。"
        "第六条 市水行政主管部门未履行湖泊巡查职责的，由市人民政府依法依规予以问责。",
        _TITLE,
    )
    assert ("市人民政府", "市水行政主管部门") in edges(graph, "SUPERVISES")


def test_a_degree_part_with_accountability_acts_on_the_same_offenders() -> None:
    graph = document(
        "第五条 各级湖长负责湖泊巡查。"
        "第六条 各级湖长不履行职责的，由上一级湖长约谈；情节严重的，由有关机关依法予以问责。",
        _TITLE,
    )
    assert ("有关机关", "各级湖长") in edges(graph, "SUPERVISES")


def test_accountability_with_no_named_offender_gives_no_edge() -> None:
    graph = document("第六条 对违反本条例需要问责的，由纪检监察机关依规依纪依法进行问责。", _TITLE)
    assert not edges(graph, "SUPERVISES")


def test_chiefs_after_a_regimes_implementation_are_overseen_too() -> None:
    graph = document(
        "第五条 各级河长、湖长负责河湖巡查。第六条 县人民政府应当对湖长制落实情况和河长、湖长履职情况开展督察。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("县人民政府", "河长") in supervised
    assert ("县人民政府", "湖长") in supervised


def test_a_regulated_actor_after_another_matter_is_no_object() -> None:
    graph = document(
        "第六条 县水行政主管部门应当对采砂单位履行安全责任情况和检测机构从事检测工作情况实施监督。",
        _TITLE,
    )
    assert ("县水行政主管部门", "检测机构") not in edges(graph, "SUPERVISES")
