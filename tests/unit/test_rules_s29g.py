"""Administrative vocabulary of the autonomous regions, round 97 (xam): the run-together county word 旗县市
(旗县市委和政府, 旗县市长, 旗县市以上), a pair printed with its level word once (县委、政府), the 盟's chiefs
(盟长, 盟委书记 of 盟委、行署), 苏木达、乡镇长 as one township chief, 分管…的负责同志 as a field leader,
各地各部门 as one collective, 驻嘎查村 before the first secretary and the team, and 接受X的日常管理.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某盟草原保护责任制实施办法"


def test_the_run_together_county_word_names_one_pair() -> None:
    body = "第一条 旗县市委和政府负责本地区草原保护。\n第二条 苏木乡镇党委和政府每年向旗县市委、政府报告。"
    graph = document(body, _TITLE)
    assert "旗县市委和政府" in names(graph)
    assert "旗县市委" not in names(graph)
    assert ("苏木乡镇党委和政府", "旗县市委和政府") in edges(graph, "REPORTS_TO")


def test_a_pair_printed_with_its_level_word_once_is_one_body() -> None:
    graph = document("第一条 县委、政府负责本县草原保护工作。", "某县草原保护责任制实施办法")
    assert holders_of_duty(graph, "负责本县草原保护工作") == {"县委、政府"}


def test_a_party_list_head_after_a_level_list_is_no_pair_of_the_last_level() -> None:
    graph = document("第一条 设区的市和县（市）党委和政府负责本地区草原保护工作。", "某省草原保护责任制实施办法")
    assert holders_of_duty(graph, "负责本地区草原保护工作") == {"设区的市党委和政府", "县（市）党委和政府"}


def test_the_chief_of_the_run_together_county_is_a_role_of_its_pair() -> None:
    body = "第一条 旗县市委和政府负责本地区草原保护工作。旗县市委书记是第一责任人，旗县市长协助抓好落实。"
    graph = document(body, _TITLE)
    assert {"旗县市委书记", "旗县市长"} <= names(graph)
    assert ("旗县市委书记", "旗县市委和政府") in edges(graph, "PART_OF")


def test_the_league_chiefs_are_roles_of_the_league_pair() -> None:
    body = (
        "第一条 盟委、行署负责全盟草原保护工作。\n"
        "第二条 盟委书记、盟长对全盟草原保护工作负主要领导责任。盟水利局负责技术指导。"
    )
    graph = document(body, _TITLE)
    part_of = edges(graph, "PART_OF")
    assert ("盟委书记", "盟委、行署") in part_of
    assert ("盟长", "盟委、行署") in part_of
    assert "盟委" not in names(graph)


def test_a_government_office_printed_alone_names_no_other_kind_of_place() -> None:
    body = "第一条 盟委、行署负责全盟草原保护工作。行署督查室负责督查。\n第二条 盟委书记对全盟草原保护工作负总责。"
    assert ("盟委书记", "盟委、行署") in edges(document(body, _TITLE), "PART_OF")


def test_the_sumu_chief_and_the_township_chief_are_one_role() -> None:
    body = "第一条 苏木乡镇党委和政府负责本区域草原保护。苏木乡镇党委书记负总责，苏木达、乡镇长负责组织实施。"
    graph = document(body, _TITLE)
    assert "苏木达、乡镇长" in names(graph)
    assert ("苏木达、乡镇长", "苏木乡镇党委和政府") in edges(graph, "PART_OF")


def test_a_field_leader_in_the_party_style_is_a_role_of_the_pair() -> None:
    body = "第一条 盟委、行署负责全盟草原保护工作。盟委、行署分管林业草原工作的负责同志协助抓好日常工作。"
    graph = document(body, _TITLE)
    assert "盟委、行署分管林业草原工作的负责同志" in names(graph)
    assert holders_of_duty(graph, "协助抓好日常工作") == {"盟委、行署分管林业草原工作的负责同志"}


def test_every_place_and_department_is_one_collective() -> None:
    graph = document("第一条 各地各部门应当按时报送草原监测数据。", _TITLE)
    assert holders_of_duty(graph, "按时报送草原监测数据") == {"各地各部门"}


def test_the_county_level_and_above_with_the_run_together_word_is_a_collective() -> None:
    graph = document("第一条 旗县市以上党委和政府可以对草原保护成绩突出的单位给予表彰。", _TITLE)
    assert "旗县市以上党委和政府" in names(graph)


def test_the_gacha_village_team_is_read_after_its_first_secretary() -> None:
    body = "第一条 驻嘎查村第一书记和工作队协助嘎查村党组织做好草原管护。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "做好草原管护") == {"第一书记", "驻村工作队"}


def test_accepting_routine_management_is_oversight() -> None:
    body = "第一条 苏木乡镇党委负责本区域草原保护。驻村工作队员接受苏木乡镇党委的日常管理。"
    assert ("苏木乡镇党委", "驻村工作队") in edges(document(body, _TITLE), "SUPERVISES")
