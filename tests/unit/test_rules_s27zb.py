"""Round 94 (rolelvl): 地区 opening a level list, the bare leader roles after a role spread over a level list
(one per level), and a basin named before a list of named places."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces


def test_prefecture_word_opens_a_level_list() -> None:
    # 地区、县（市）、乡（镇）党委和政府主要负责人: one role per level, 地区 included
    graph = document(
        "第一条 地区、县（市）、乡（镇）党委和政府主要负责人是本行政区域草原防火第一责任人。",
        "某某地区草原防火责任制规定",
    )
    assert {"地区党委和政府主要负责人", "县（市）党委和政府主要负责人", "乡（镇）党委和政府主要负责人"} <= names(graph)


def test_prefecture_word_inside_a_place_word_is_no_level() -> None:
    # 所在地区、县: 地区 ends 所在地, the list is 区、县 as before
    assert "地区" not in surfaces("施工单位应当向所在地区、县人民政府报告。", "municipal")
    assert "地区" not in surfaces("各地区应当加强草原防火。", "central")


def test_bare_leaders_after_a_level_list_role_are_one_per_level() -> None:
    graph = document(
        "第一条 州、县（市）党委和政府主要负责人对本行政区域草原防火工作负总责；"
        "分管草原防火工作的负责人协助主要负责人抓好落实；领导班子其他成员抓好分管领域的草原防火工作。",
        "某某州草原防火责任制规定",
    )
    assert holders_of_duty(graph, "抓好落实") == {
        "州党委和政府分管草原防火工作的负责人",
        "县（市）党委和政府分管草原防火工作的负责人",
    }
    others = {"州党委和政府领导班子其他成员", "县（市）党委和政府领导班子其他成员"}
    assert holders_of_duty(graph, "抓好分管领域") == others
    assert ("县（市）党委和政府领导班子其他成员", "县（市）党委和政府") in edges(graph, "PART_OF")


def test_bare_leader_after_a_single_level_role_is_unchanged() -> None:
    # one level only: no split (区、县（市） is one county level word)
    graph = document(
        "第一条 区、县（市）人民政府主要负责人对本行政区域草原防火工作负总责；分管负责人协助主要负责人抓好落实。",
        "某某市草原防火责任制规定",
    )
    assert len(holders_of_duty(graph, "抓好落实")) == 1


def test_basin_before_named_county_governments() -> None:
    # 甲河流域 says where the counties lie; each named county government bears the duty
    graph = document(
        "第一条 白杨河流域托里县、额敏县人民政府应当建立联合巡河机制。",
        "某某地区河道保护责任制规定",
    )
    assert holders_of_duty(graph, "联合巡河") == {"托里县人民政府", "额敏县人民政府"}


def test_basin_lead_with_a_verb_is_no_subject_lead() -> None:
    # 可以对X流域有关县…: the counties are the object of 对, not the subject
    graph = document(
        "第一条 地区水利局负责统一调度；必要时，可以对白杨河流域有关县的取水口实行直接调度。",
        "某某地区河道保护责任制规定",
    )
    assert all("有关县" not in h for h in holders_of_duty(graph, "直接调度"))
