"""Rules of round 97 (basin regulations): a named place joined by 及/和 to a government printed without a
named place (甲市及流域有关县级人民政府) shares that government's head and its departments.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, surfaces

_TITLE = "某省青溪流域水生态保护条例"


def test_named_place_and_a_set_of_governments_are_two_holders() -> None:
    graph = document("第一条 云岭市及流域有关县级人民政府应当统筹安排青溪保护资金，组织清淤。", _TITLE)
    assert holders_of_duty(graph, "统筹安排") == {"云岭市人民政府", "流域有关县级人民政府"}


def test_named_place_shares_a_function_list_one_department_per_government() -> None:
    graph = document(
        "第一条 云岭市及流域有关县级人民政府农业农村、林业主管部门应当巡查青溪沿岸的养殖场所，"
        "将巡查结果定期报送云岭市青溪保护中心。",
        _TITLE,
    )
    assert holders_of_duty(graph, "巡查青溪") == {
        "云岭市人民政府农业农村主管部门",
        "云岭市人民政府林业主管部门",
        "流域有关县级人民政府农业农村主管部门",
        "流域有关县级人民政府林业主管部门",
    }
    assert ("云岭市人民政府林业主管部门", "云岭市人民政府") in edges(graph, "PART_OF")
    assert ("云岭市人民政府林业主管部门", "云岭市青溪保护中心") in edges(graph, "REPORTS_TO")


def test_named_place_shares_a_single_department_read_as_one_stem() -> None:
    graph = document("第一条 云岭市及流域有关县级人民政府林业主管部门应当加强护岸林的巡护。", _TITLE)
    assert holders_of_duty(graph, "护岸林") == {"云岭市人民政府林业主管部门", "流域有关县级人民政府林业主管部门"}


def test_a_place_phrase_after_a_character_is_no_named_place() -> None:
    # 城市建成区 / 地级以上市: the words before the joiner are no place opening at a mark
    assert "建成区" not in surfaces("在城市建成区和县人民政府划定的区域内禁止焚烧秸秆。")
    assert not any(s.startswith("以上市") for s in surfaces("地级以上市及县级人民政府应当落实处置责任。"))


def test_places_listed_before_the_joined_place_share_the_head_too() -> None:
    graph = document("第一条 云岭市、临川区及流域有关县级人民政府应当建立青溪巡查制度。", _TITLE)
    assert holders_of_duty(graph, "巡查制度") == {"云岭市人民政府", "临川区人民政府", "流域有关县级人民政府"}
