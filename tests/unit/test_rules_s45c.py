"""Round 140 (organ names cut wrongly inside sentences): a reference verb glued onto the body after it, and a basin or
line word (X沿线, X流域内) before a level's body in the object of an oversight verb. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某市河长制规定"


def test_a_reference_verb_is_no_part_of_the_body_after_it() -> None:
    graph = document(
        "第六条 停车收费标准由建设单位参照停车服务行业协会公布的指导价格确定。",
        "某某市住宅小区停车管理办法",
    )
    assert "参照停车服务行业协会" not in names(graph)


def test_a_line_word_after_the_holders_own_charge_leaves_the_levels_body() -> None:
    graph = document(
        "第七条 市级河长督促指导所负责河道沿线区级河长和市有关部门履职。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市级河长", "区级河长") in found
    assert "河道沿线区级河长" not in names(graph)


def test_a_line_word_right_after_an_oversight_verb_leaves_the_levels_body() -> None:
    graph = document("第八条 市级河长指导河道沿线区级河长开展巡河。", _TITLE)
    assert "区级河长" in names(graph)
    assert "河道沿线区级河长" not in names(graph)


def test_the_central_market_regulator_is_known_by_its_short_name() -> None:
    graph = document(
        "第九条 市场监管总局会同农业农村部组织开展评议工作。",
        "某某评议办法",
    )
    assert "市场监管总局" in names(graph)


def test_the_authority_over_a_thing_is_one_department_or_unit_as_an_object() -> None:
    graph = document(
        "第十条 流域管理机构应当会同有关水库主管部门或者单位，编制汛期调度方案。\n"
        "第十一条 水库主管部门或者单位负责执行调度指令。",
        "某某河流域调度办法",
    )
    assert "水库主管部门或者单位" in names(graph)
    assert "水库主管部门" not in names(graph)
