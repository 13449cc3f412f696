"""Round 135 (GUIDES and ASSISTS frames): rules of helper s43d, each on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市居民委员会工作条例"
_UNITS = "第九条 机关、学校、医院，应当支持所在地居民委员会的工作。\n"


def test_own_unit_after_a_back_reference_is_each_listed_unit() -> None:
    # 前款所列单位…在X和本单位的指导下: 本单位 is each unit the paragraph before opens with
    graph = document(
        _UNITS + "前款所列单位的职工及家属，参加所在地的居民委员会；"
        "其职工宿舍区可以单独成立家属委员会，承担居民委员会的工作，在街道办事处和本单位的指导下开展工作。",
        _TITLE,
    )
    found = edges(graph, "GUIDES")
    guides = {("街道办事处", "家属委员会"), ("机关", "家属委员会"), ("学校", "家属委员会"), ("医院", "家属委员会")}
    assert guides <= found


def test_own_unit_without_a_back_reference_names_no_body() -> None:
    graph = document(
        _UNITS + "职工宿舍区可以单独成立家属委员会，承担居民委员会的工作，在街道办事处和本单位的指导下开展工作。",
        _TITLE,
    )
    found = edges(graph, "GUIDES")
    assert ("街道办事处", "家属委员会") in found
    assert ("学校", "家属委员会") not in found


def test_a_body_whose_work_needs_help_is_assisted() -> None:
    # X…需要Y协助进行的工作: Y helps X
    graph = document(
        "第十条 区人民政府有关部门，需要居民委员会协助进行的工作，应当经街道办事处同意并统一安排。",
        _TITLE,
    )
    assert ("居民委员会", "区人民政府有关部门") in edges(graph, "ASSISTS")


def test_the_body_printed_before_the_need_is_the_one_helped() -> None:
    # A需要B协助的，B应当…协助: B helps A, never the holder of the duty after it
    graph = document(
        "第十一条 街道办事处需要区人民政府有关部门协助的，区人民政府有关部门应当予以协助。",
        _TITLE,
    )
    found = edges(graph, "ASSISTS")
    assert ("区人民政府有关部门", "街道办事处") in found
    assert ("街道办事处", "区人民政府有关部门") not in found


def test_matters_needing_help_give_no_edge() -> None:
    # 需要Y协助的事项: the matters listed for admission, no act of help
    graph = document(
        "第十二条 区人民政府有关部门需要居民委员会协助的事项，应当报区人民政府审核。",
        _TITLE,
    )
    assert ("居民委员会", "区人民政府有关部门") not in edges(graph, "ASSISTS")
