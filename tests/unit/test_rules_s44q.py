"""Round 138 (organs never built): the roles of a chief system and of an emergency scene that the lexicon lacked,
and the 各 form of a 有关 set as one of its printed forms. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, organ_named


def test_an_on_site_commander_is_a_role_of_its_own() -> None:
    graph = document(
        "第八条 山洪发生后，县级以上人民政府应当指定现场指挥长。现场指挥长负责统一调度现场抢险力量。"
        "有关部门和单位应当配合现场指挥长的工作。",
        "某某省山洪灾害防御条例",
    )
    commander = organ_named(graph, "现场指挥长")
    assert commander.kind == "individual_role"
    assert "现场指挥长" in holders_of_duty(graph, "统一调度现场抢险力量")
    assert ("有关部门和单位", "现场指挥长") in edges(graph, "ASSISTS")


def test_an_on_site_officer_is_the_same_kind_of_role() -> None:
    graph = document("第九条 现场指挥官应当组织疏散受威胁的群众。", "某某省山洪灾害防御条例")
    assert "现场指挥官" in holders_of_duty(graph, "组织疏散受威胁的群众")


def test_a_chief_assistant_is_not_read_as_the_chief() -> None:
    graph = document(
        "第十条 河湖长助理协助河湖长开展巡河工作，并定期向河湖长报告巡河情况。",
        "某某市河湖长制规定",
    )
    assert "河湖长助理" in holders_of_duty(graph, "协助河湖长开展巡河工作")
    assert "河湖长" not in holders_of_duty(graph, "协助河湖长开展巡河工作")


def test_the_each_form_of_a_set_is_among_its_printed_forms() -> None:
    graph = document(
        "第十一条 县级以上人民政府应急管理部门负责灾害救助的统筹工作。各有关部门、单位应当予以配合。",
        "某某省灾害救助办法",
    )
    organ = organ_named(graph, "有关部门、单位")
    assert "各有关部门、单位" in organ.aliases


def test_a_neighbouring_city_after_hui_tong_is_a_joint_holder() -> None:
    graph = document(
        "第十二条 市人民政府应当会同相邻市探索建立跨界河流预警机制，协商实行联席会议制度。",
        "某某市水污染防治条例",
    )
    assert {"市人民政府", "相邻市"} <= holders_of_duty(graph, "探索建立跨界河流预警机制")


def test_hui_tong_a_set_of_departments_opens_no_partner_place() -> None:
    graph = document(
        "第十三条 市人民政府应当会同有关部门建立跨界河流预警机制，加强协作。",
        "某某市水污染防治条例",
    )
    assert "相邻市" not in holders_of_duty(graph, "建立跨界河流预警机制")
    assert all("有关市" not in o.name for o in graph.organs)


def test_the_clauses_running_on_from_a_power_are_powers_too() -> None:
    graph = document(
        "第十四条 现场指挥长有权决定抢险方案，调度抢险队伍，协调有关单位提供物资。现场指挥长应当组织疏散群众。",
        "某某省山洪灾害防御条例",
    )
    texts = duty_texts(graph)
    assert not any("调度抢险队伍" in t or "协调有关单位提供物资" in t for t in texts)
    assert any("组织疏散群众" in t for t in texts)


def test_an_act_joined_by_bing_after_a_power_stays_a_duty() -> None:
    graph = document(
        "第十五条 护林员发现违法采伐的，有权予以制止，并向乡镇人民政府报告。",
        "某某省山洪灾害防御条例",
    )
    assert any("并向乡镇人民政府报告" in t for t in duty_texts(graph))


def test_an_emergency_word_is_no_modal_after_a_power() -> None:
    graph = document(
        "第十六条 防汛指挥机构有权征用运输车辆，调集应急抢险物资。",
        "某某省山洪灾害防御条例",
    )
    assert not any("调集应急抢险物资" in t for t in duty_texts(graph))


def test_a_body_named_with_you_quan_opens_no_power() -> None:
    graph = document(
        "第十七条 县人民政府协商不成的，应当向有权机构申请协调，或者向上一级人民政府申请裁决。",
        "某某省山洪灾害防御条例",
    )
    assert any("申请裁决" in t for t in duty_texts(graph))
