"""Round 95 (xzh): the prefecture word 地（市） of a region's level lists, the river patrollers a village
hires, the 由 agent kept for a piece that goes on with its act, and a 对…的 object before the modal."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_prefecture_word_di_shi_is_a_level() -> None:
    # 地（市）、县（区）: the list keeps every level, and 地（市）X names a prefecture body
    graph = document(
        "第一条 地（市）、县（区）人民政府负责本行政区域草场保护工作。\n"
        "第二条 地（市）党委和政府负责督促落实草场保护措施。",
        "某某自治区草场保护条例",
    )
    assert {"地（市）人民政府", "县（区）人民政府", "地（市）党委和政府"} <= names(graph)
    assert holders_of_duty(graph, "督促落实") == {"地（市）党委和政府"}


def test_prefecture_chief_of_a_level_list() -> None:
    graph = document(
        "第一条 地（市）、县（区）总林长对本行政区域森林资源保护负总责。",
        "某某自治区林长制条例",
    )
    assert {"地（市）总林长", "县（区）总林长"} <= names(graph)


def test_river_patrollers_hold_their_duties() -> None:
    graph = document(
        "第一条 巡河员、护河员应当每周巡查责任河段，发现问题及时向村级河长报告。\n"
        "第二条 村级河长应当督促河湖管护员做好河道保洁。",
        "某某县河长制规定",
    )
    assert holders_of_duty(graph, "每周巡查") == {"巡河员", "护河员"}
    assert ("巡河员", "村级河长") in edges(graph, "REPORTS_TO")
    assert ("村级河长", "河湖管护员") in edges(graph, "SUPERVISES")


def test_piece_repeating_the_agents_act_stays_the_agents() -> None:
    # Z由Y招聘，优先从…中招聘: the second piece tells how Y hires; Z holds nothing
    graph = document(
        "第一条 巡河员由镇人民政府统一招聘，优先从本地低收入农户中招聘。",
        "某某县河道保洁办法",
    )
    assert holders_of_duty(graph, "优先从") == {"镇人民政府"}


def test_piece_after_an_agent_clause_is_the_topics_again() -> None:
    # Z由Y招聘，负责…: the piece names a new act, Z's (unchanged)
    graph = document(
        "第一条 保洁员由镇人民政府统一招聘，负责河道保洁。",
        "某某县河道管理办法",
    )
    assert holders_of_duty(graph, "河道保洁") == {"保洁员"}


def test_qualified_object_before_a_modal_is_no_condition() -> None:
    # X对考核不合格的Y，可以约谈…，并予以通报批评: X's duty on Y, not X's offence
    graph = document(
        "第一条 县人民政府对考核不合格的镇人民政府，可以约谈其主要负责人，并予以通报批评。",
        "某某县环境保护责任规定",
    )
    assert holders_of_duty(graph, "可以约谈") == {"县人民政府"}
    assert ("县人民政府", "镇人民政府") in edges(graph, "SUPERVISES")


def test_body_at_fault_before_a_sanction_is_still_a_condition() -> None:
    # X对…不履行职责的，由Y责令改正: X's failure (no object after 的), sanctioned by Y (unchanged)
    graph = document(
        "第一条 镇人民政府对发现的问题不及时处理的，由县人民政府责令改正。",
        "某某县环境保护责任规定",
    )
    assert holders_of_duty(graph, "责令改正") == {"县人民政府"}
