"""Round 90 (s27f): bodies of the state with no usual head (派出所, 工作站, 检查站, 服务站) are organs
holding the duties they open."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

TITLE = "某某市治安管理办法"


def test_police_station_holds_its_duty() -> None:
    graph = document("第五条 公安派出所应当协助做好辖区内流动人口登记工作。", TITLE)
    assert holder_names(graph, 5) == {"公安派出所"}


def test_stations_named_by_their_work_hold_their_duties() -> None:
    body = "第六条 镇农业技术工作站负责推广种植技术。木材运输检查站应当查验运输证件。街道便民服务站应当受理居民咨询。"
    graph = document(body, TITLE)
    assert {"镇农业技术工作站", "木材运输检查站", "街道便民服务站"} <= holder_names(graph, 6)


def test_station_word_inside_a_thing_names_no_body() -> None:
    graph = document("第七条 市人民政府应当在高速公路收费站设置宣传栏。", TITLE)
    assert names(graph) == {"市人民政府"}


ZONE_TITLE = "某某市湖泊保护条例"


def test_zones_listed_before_one_management_body_each_have_it() -> None:
    # 甲区、乙区管理机构: each zone's management body is an organ of its own, as with 管委会
    graph = document("第十条 东湖生态旅游区、西山农业示范区管理机构负责管理区域内的湖泊保护工作。", ZONE_TITLE)
    assert holder_names(graph, 10) == {"东湖生态旅游区管理机构", "西山农业示范区管理机构"}


def test_zones_joined_by_and_before_management_body() -> None:
    graph = document("第十条 东湖旅游区和西山示范区管理机构应当做好湖泊巡查工作。", ZONE_TITLE)
    assert holder_names(graph, 10) == {"东湖旅游区管理机构", "西山示范区管理机构"}


def test_one_zone_management_body_stays_whole() -> None:
    graph = document("第十条 东湖生态旅游区管理机构应当做好湖泊巡查工作。", ZONE_TITLE)
    assert holder_names(graph, 10) == {"东湖生态旅游区管理机构"}


def test_zones_summed_up_by_deng_open_the_subject() -> None:
    # long zone names before 等 are a lead of the subject, not the carried holder of the article before
    body = (
        "第十条 市人民政府应当加强湖泊保护工作的领导。\n"
        "第十一条 东湖国家级生态旅游度假区、西山现代农业科技示范区等功能区管理机构负责本区域湖泊保护工作。"
    )
    graph = document(body, ZONE_TITLE)
    assert holder_names(graph, 11) == {"功能区管理机构"}


def test_place_named_before_place_word_opens_the_joint_body_clause() -> None:
    # 湖泊所在地乡镇人民政府、街道办事处应当…: the place phrase opens the clause; the joint body holds the duty
    body = "第十二条 市人民政府应当加强领导。东湖湖泊所在地乡镇人民政府、街道办事处应当组织开展湖泊日常巡护。"
    graph = document(body, ZONE_TITLE)
    assert holder_names(graph, 12) == {"市人民政府", "乡镇人民政府、街道办事处"}
