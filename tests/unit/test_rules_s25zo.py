"""Round 71 (lists and names in district documents): a bare 区 listed before a township word is the
district level (区、乡镇人民政府), though not in a national law (the old 区 below the county); 大队/支队
are bodies (not the rank 大队长); 科协 is the science association at a level (市科协), not 学科协同."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

CITY = "某某市公园管理条例"


def test_district_before_township_government() -> None:
    graph = document("第十条 区、乡镇人民政府应当组织公园周边的环境整治。", CITY)
    assert holder_names(graph, 10) == {"区人民政府", "乡镇人民政府"}


def test_district_and_township_pair() -> None:
    graph = document("第十条 区和乡、镇人民政府应当做好公园绿地的日常养护。", CITY)
    assert "区人民政府" in holder_names(graph, 10)


def test_place_word_ending_in_district_is_no_level() -> None:
    graph = document("第十条 城市规划区、镇规划区内的公园由园林绿化主管部门负责管理。", CITY)
    assert "区人民政府" not in holder_names(graph, 10)


def test_old_district_in_national_law_is_left_alone() -> None:
    graph = document("第十条 区、乡人民政府应当组织公园周边的环境整治。", "公园管理条例")
    assert "区人民政府" not in holder_names(graph, 10)


def test_detachment_is_a_body() -> None:
    graph = document("第十条 园林绿化监察大队负责查处损毁公园绿地的行为。", CITY)
    assert holder_names(graph, 10) == {"园林绿化监察大队"}


def test_rank_of_a_detachment_is_no_body() -> None:
    graph = document("第十条 园林绿化监察大队副大队长负责日常巡查。", CITY)
    assert "副大队" not in holder_names(graph, 10)


def test_science_association_with_level() -> None:
    graph = document("第十条 市科协负责组织公园科普活动。", CITY)
    assert holder_names(graph, 10) == {"市科协"}


def test_science_association_inside_another_word() -> None:
    graph = document("第十条 公园管理机构应当推动学科协同研究。", CITY)
    assert "科协" not in holder_names(graph, 10)
