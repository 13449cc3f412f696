"""Round 137 (ASSISTS and GUIDES recall): the guidance a department is charged with over the street offices or
committees of the whole place (负责全市X工作的综合指导, 主管本区X的日常指导工作) is a GUIDES edge to the plain body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某某市社区服务管理办法"
_SETUP = (
    "第三条 市人民政府领导全市社区服务工作。区人民政府负责本区社区服务工作。"
    "市民政部门、区民政部门按照职责做好社区服务工作。\n"
)


def test_a_whole_place_word_before_a_street_office_is_no_part_of_its_name() -> None:
    assert surfaces("市民政部门负责全市街道办事处的培训") == ["市民政部门", "街道办事处"]
    assert surfaces("区民政部门指导本区居民委员会开展工作") == ["区民政部门", "居民委员会"]


def test_a_place_word_that_gives_the_level_stays_in_the_name() -> None:
    # 本县水行政主管部门 is the county's department: the place word is its level, not a scope
    assert "水行政主管部门" not in surfaces("指导本县水行政主管部门开展工作", "municipal")


def test_guidance_of_the_street_offices_work_charged_to_a_department_guides_them() -> None:
    graph = document(
        _SETUP + "第四条 市民政部门负责全市街道办事处工作的综合指导和统筹协调。",
        _TITLE,
    )
    assert ("市民政部门", "街道办事处") in edges(graph, "GUIDES")
    assert "全市街道办事处" not in names(graph)


def test_keeping_in_touch_opens_the_list_of_charged_acts() -> None:
    graph = document(
        _SETUP + "第四条 区民政部门具体负责本区居民委员会工作的日常联系、指导和培训。",
        _TITLE,
    )
    assert ("区民政部门", "居民委员会") in edges(graph, "GUIDES")


def test_zhuguan_opens_the_charge_as_fuze_does() -> None:
    graph = document(
        _SETUP + "第四条 市民政部门主管全市街道办事处的日常指导工作。",
        _TITLE,
    )
    assert ("市民政部门", "街道办事处") in edges(graph, "GUIDES")


def test_a_charged_guidance_of_a_thing_gives_no_edge() -> None:
    graph = document(
        _SETUP + "第四条 市民政部门负责全市社区服务设施建设的综合指导工作。",
        _TITLE,
    )
    assert not {edge for edge in edges(graph, "GUIDES") if edge[0] == "市民政部门"}


_RIVER_TITLE = "某某市河道巡查办法"
_RIVER_SETUP = (
    "第三条 市人民政府领导全市河道巡查工作。区人民政府负责本区河道巡查工作。镇人民政府负责本镇河道巡查工作。\n"
)


def test_a_second_hiring_agent_leaves_the_later_pieces_to_the_hired_staff() -> None:
    graph = document(
        _RIVER_SETUP + "第四条 巡河员由村民委员会推荐，镇人民政府聘用，在村级河长指导下开展巡查工作。",
        _RIVER_TITLE,
    )
    assert ("村级河长", "巡河员") in edges(graph, "GUIDES")
    assert ("村级河长", "镇人民政府") not in edges(graph, "GUIDES")
    # the hiring piece stays the second agent's own duty
    assert "镇人民政府" in holders_of_duty(graph, "镇人民政府聘用")


_CLEANING_TITLE = "某某县河道保洁办法"
_CLEANING_SETUP = (
    "第三条 县人民政府领导全县河道保洁工作。乡镇人民政府负责本乡镇河道保洁工作。县水行政主管部门负责具体工作。\n"
)


def test_the_bodies_listed_after_a_bare_government_are_helped_too() -> None:
    graph = document(
        _CLEANING_SETUP + "第四条 村民委员会应当协助人民政府及其有关部门做好河道保洁工作。",
        _CLEANING_TITLE,
    )
    found = edges(graph, "ASSISTS")
    assert ("村民委员会", "有关部门") in found
    assert ("村民委员会", "乡镇人民政府") in found  # the bare government as before


def test_a_bare_government_alone_still_names_the_township() -> None:
    graph = document(_CLEANING_SETUP + "第四条 村民委员会应当协助人民政府做好河道保洁工作。", _CLEANING_TITLE)
    assert edges(graph, "ASSISTS") == {("村民委员会", "乡镇人民政府")}


def test_a_joint_short_name_defined_by_a_definition_sentence_names_the_pair() -> None:
    graph = document(
        "第二条 本办法所称街镇，是指街道办事处和镇人民政府的合称。\n"
        "第三条 区人民政府领导本区网格管理工作。街道办事处和镇人民政府负责辖区网格管理工作。\n"
        "第四条 区城市管理部门应当配合街镇开展联合巡查。",
        "某某区网格管理办法",
    )
    assert ("区城市管理部门", "街道办事处和镇人民政府") in edges(graph, "ASSISTS")
    assert "街镇" not in names(graph)
