"""Organ rules of session 17 (round a), found on corpus text no annotator has seen: a verb or
preposition that takes a body as its object (到, 申请, 授权, 公布, 选择, 提出, 持有) and a quantifier
(每个, 每届) open no name; a function list after 和 opens after the joiner, keeps the government of
the department before it and is owned by a government before the joiner; an area word opening the
second item of a level list qualifies that item alone. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def test_a_body_after_a_verb_of_going_or_asking_opens_after_the_verb() -> None:
    found = surfaces(
        "承租人可以到房屋管理部门查询。债务人可以申请人民法院调解。省人民政府授权有关部门发布名录。"
        "主管部门应当择优选择检测单位。",
        "provincial",
    )
    assert {"房屋管理部门", "人民法院", "省人民政府", "有关部门", "检测单位"} <= set(found)
    assert not any(s.startswith(("到", "申请", "授权", "择优", "选择")) for s in found)


def test_a_body_named_by_the_act_keeps_the_verb() -> None:
    # 申请单位, 授权机关, 提出单位 are bodies named by what they do; 申请人 is a person, no 人民法院
    found = surfaces("申请单位应当提交材料。授权机关应当监督。提出单位应当说明理由。", "municipal")
    assert {"申请单位", "授权机关", "提出单位"} <= set(found)


def test_a_quantifier_is_no_part_of_the_name() -> None:
    found = surfaces("每届人民代表大会常务委员会应当听取报告。", "municipal")
    assert "人民代表大会常务委员会" in found
    assert not any(s.startswith(("每", "届")) for s in found)


def test_a_function_list_after_a_joiner_opens_after_it() -> None:
    graph = document("第一条 园林绿化部门和公安、城市管理等部门应当维护公园秩序。\n", "某市公园管理条例")
    assert {"园林绿化部门", "公安部门", "城市管理部门"} <= names(graph)
    assert not any(name.startswith("和") for name in names(graph))


def test_a_function_list_after_a_government_department_shares_its_government() -> None:
    graph = document("第一条 县级以上人民政府林业主管部门和公安、交通运输等部门按照职责分工负责。\n", "某省护林条例")
    assert {"县级以上人民政府公安部门", "县级以上人民政府交通运输部门"} <= names(graph)


def test_an_area_word_inside_a_level_list_stays_on_its_item() -> None:
    graph = document("第一条 市、沿江县(市、区)人民政府应当组织堤防巡查。\n", "某市某江堤防管理条例")
    assert holder_names(graph, 1) == {"市人民政府", "沿江县(市、区)人民政府"}
    assert organ_named(graph, "市人民政府").level == "municipal"
    assert organ_named(graph, "沿江县(市、区)人民政府").level == "county"


def test_a_government_before_the_joiner_owns_no_open_list_nor_one_that_names_its_level() -> None:
    # round 126: before 和 an open 等 list is departments beside the government (dev bj-zongzhi, qd-yinshui)
    found = {m.display or m.surface for m in find_mentions("乡镇人民政府和民政、卫生健康等部门应当走访。", "county")}
    assert not {"乡镇人民政府民政部门", "乡镇人民政府卫生健康部门"} & found
    found = {m.display or m.surface for m in find_mentions("区人民政府和上一级民政、审计等部门应当核查。", "county")}
    assert "区人民政府上一级民政部门" not in found
    assert "上一级民政部门" in found
