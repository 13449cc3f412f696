"""Round 120 (aliases of split list halves, area words before a level): a level list sharing its head
(市、县人民政府) is split into one body per level, and the list as printed is one of the printed forms of
every half, as most dev annotations list it. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, organ_named

_TITLE = "某某湖泊保护条例"


def test_both_halves_of_a_level_list_carry_the_joint_form() -> None:
    graph = document(
        "第三条 市、县人民政府应当加强湖泊保护工作。第四条 县人民政府应当编制湖泊保护规划。",
        _TITLE,
    )
    assert "市、县人民政府" in organ_named(graph, "市人民政府").aliases
    assert "市、县人民政府" in organ_named(graph, "县人民政府").aliases


def test_the_departments_of_a_level_list_carry_the_joint_form() -> None:
    graph = document("第五条 市、县人民政府林业主管部门应当组织湖岸造林。", _TITLE)
    for name in ("市人民政府林业主管部门", "县人民政府林业主管部门"):
        assert "市、县人民政府林业主管部门" in organ_named(graph, name).aliases


def test_a_body_printed_alone_gains_no_joint_form() -> None:
    graph = document("第六条 县人民政府应当设立湖泊管理站。", _TITLE)
    assert not any("、" in alias for alias in organ_named(graph, "县人民政府").aliases)


def test_a_great_river_bank_is_an_area_word_and_the_split_halves_keep_the_list() -> None:
    graph = document("第七条 沿长江设区的市、县人民政府应当组织岸线巡查。", "某某岸线保护办法")
    joint = "沿长江设区的市、县人民政府"
    for name in ("沿长江设区的市人民政府", "沿长江县人民政府"):
        assert joint in organ_named(graph, name).aliases


def test_an_area_word_with_a_place_noun_qualifies_the_level() -> None:
    graph = document("第八条 沿海地区县级人民政府应当组织防潮巡查。", "某某海堤管理办法")
    assert organ_named(graph, "沿海地区县级人民政府").aliases == ["沿海地区县级人民政府"]
