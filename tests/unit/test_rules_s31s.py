"""Article leads that introduce a list: the lead's subject is read (保护责任人, 协商代表, two 的-pieces before
the body), a body just set up keeps what follows past its make-up and its head (设立X，由A和B组成，Y担任总指挥，
负责…), a penalty scale led by 按照以下规定处理 / 按照下列数额处以罚款 gives its items to the authority, and
承担下列责任： joins item (一) as 承担下列职责： does.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, surfaces

_TITLE = "某县古树名木保护办法"


def test_a_person_named_by_the_protection_they_answer_for_holds_the_list() -> None:
    graph = document(
        "第一条 古树名木保护责任人应当履行下列职责：\n\n（一）定期巡查古树生长状况；\n\n（二）发现病虫害及时报告。",
        _TITLE,
    )
    assert holders_of_duty(graph, "定期巡查古树生长状况") == {"古树名木保护责任人"}
    assert holders_of_duty(graph, "发现病虫害及时报告") == {"古树名木保护责任人"}


def test_a_stop_verb_before_another_member_still_ends_its_name() -> None:
    assert surfaces("企业应当提高从业人员素质", "municipal") == ["企业"]
    assert surfaces("镇人民政府督促保护责任人落实措施", "municipal") == ["镇人民政府", "保护责任人"]


def test_a_body_after_two_of_phrases_holds_the_list() -> None:
    graph = document(
        "第一条 纳入目录的古村落的管理机构应当履行下列职责：\n\n（一）建立古树档案；\n\n（二）组织日常养护。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织日常养护") == {"管理机构"}


def test_a_bargaining_representative_holds_its_list() -> None:
    graph = document(
        "第一条 协商代表应当履行下列职责：\n\n（一）如实通报本方意见；\n\n（二）保守协商中知悉的商业秘密。",
        "某县工资集体协商办法",
    )
    assert holders_of_duty(graph, "保守协商中知悉的商业秘密") == {"协商代表"}


def test_a_body_set_up_bears_the_duty_after_its_members_and_its_head() -> None:
    graph = document(
        "第一条 县人民政府成立森林防火指挥部，由县林业局和县应急管理局组成，县长担任总指挥，负责全县森林防火工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "负责全县森林防火工作") == {"森林防火指挥部"}
    assert all("组成" not in text for text in duty_texts(graph))


def test_the_items_of_a_scale_handled_by_rules_below_are_the_authoritys() -> None:
    graph = document(
        "第一条 违反本办法第三条规定，有下列行为之一的，由县林业主管部门按照以下规定处理：\n\n"
        "（一）擅自移植古树的，责令恢复原状，并处五千元罚款；\n\n（二）损毁古树标牌的，责令赔偿损失。",
        _TITLE,
    )
    assert holders_of_duty(graph, "损毁古树标牌的") == {"县林业主管部门"}
    assert holders_of_duty(graph, "擅自移植古树的") == {"县林业主管部门"}


def test_a_bare_lead_of_responsibilities_joins_its_first_item() -> None:
    graph = document(
        "第一条 养护单位应当承担下列责任：\n\n（一）按时浇水施肥；\n\n（二）清除周边杂物。",
        _TITLE,
    )
    assert any(text.startswith("养护单位应当承担下列责任：") and "按时浇水施肥" in text for text in duty_texts(graph))
