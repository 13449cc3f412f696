"""Level pairs and item holders of session 25 (round g, r52): a party-and-government pair printed with a
bracketed level word is one organ, as the plain pair is; so is the bracketed village 两委 pair and a
level's 党政; an item whose subject is a list of bodies before 分别负责 or 配合 is their duty.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某市农村人居环境整治责任制实施办法"


def test_a_pair_with_a_bracketed_level_is_one_organ() -> None:
    body = "第一条 县（市、区）委和县（市、区）人民政府对本地区人居环境整治负主体责任。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "人居环境整治负主体责任") == {"县（市、区）委和县（市、区）人民政府"}


def test_a_pair_with_a_bracketed_banner_level_is_one_organ() -> None:
    body = "第一条 旗（县）委、旗（县）人民政府每年研究部署人居环境整治工作。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "研究部署人居环境整治") == {"旗（县）委、旗（县）人民政府"}


def test_the_bracketed_village_pair_is_one_organ() -> None:
    body = "第一条 村（居）党组织和村（居）民委员会负责组织群众清理房前屋后。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "清理房前屋后") == {"村（居）党组织和村（居）民委员会"}


def test_a_level_named_by_dang_zheng_is_the_levels_pair() -> None:
    body = "第一条 乡镇党政对本辖区人居环境整治工作负全面领导责任。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "负全面领导责任") == {"乡镇党政"}


def test_dang_zheng_in_a_system_word_names_no_organ() -> None:
    body = "第一条 乡镇应当落实人居环境整治党政同责。\n"
    graph = document(body, _TITLE)
    assert "乡镇党政" not in names(graph)


def test_an_item_with_a_listed_subject_before_fenbie_is_their_duty() -> None:
    body = (
        "第一条 市直有关部门按照下列分工履行职责：\n"
        "（一）市生态环境局负责农村污水治理；\n"
        "（二）市城市管理局、市卫生健康委分别负责垃圾收运和厕所改造。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "垃圾收运和厕所改造") == {"市城市管理局", "市卫生健康委"}


def test_an_item_with_a_listed_subject_before_peihe_is_their_duty() -> None:
    body = (
        "第一条 市直有关部门按照下列分工履行职责：\n"
        "（一）市生态环境局负责农村污水治理；\n"
        "（二）市民族宗教事务局、市文化旅游局配合做好村庄清洁宣传。\n"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "村庄清洁宣传") == {"市民族宗教事务局", "市文化旅游局"}
