"""Round 127 (regulated actors and their roles as holders): X的法定代表人 is the role of the unit X printed
right before 的, as X的负责人 is (dev hn-jiaotong, sh-zyb annotate the phrase a role, explicit PART_OF X).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_id, short, surfaces

_TITLE = "某某市道路运输安全条例"


def test_the_legal_representative_after_a_unit_and_de_is_its_role() -> None:
    assert "货物运输单位的法定代表人" in surfaces("货物运输单位的法定代表人应当组织本单位的安全检查。")


def test_the_legal_representative_holds_the_duty_and_sits_in_its_unit() -> None:
    graph = document(
        "第二条 货物运输单位应当建立安全生产制度。第三条 货物运输单位的法定代表人负责本单位的道路运输安全工作。",
        _TITLE,
    )
    role = short(organ_id(graph, "货物运输单位的法定代表人"))
    assert holders_of_duty(graph, "负责本单位的道路运输安全工作") == {role}
    assert (role, "货物运输单位") in edges(graph, "PART_OF")


def test_a_list_of_roles_after_de_is_left_to_the_list_rules() -> None:
    # 的 spans the list (X的法定代表人或者主要负责人): no role of X alone is read here
    assert "货物运输单位的法定代表人" not in surfaces("货物运输单位的法定代表人或者主要负责人应当组织安全检查。")


_BAN_TITLE = "某某市烟花爆竹安全管理规定"


def test_a_ban_on_a_named_actor_is_its_duty() -> None:
    graph = document(
        "第二条 区应急管理局负责烟花爆竹安全监督管理。第三条 禁止烟花爆竹批发经营者向无证单位销售烟花爆竹。",
        _BAN_TITLE,
    )
    assert holders_of_duty(graph, "禁止烟花爆竹批发经营者") == {"烟花爆竹批发经营者"}


def test_a_ban_on_a_known_actor_and_its_roles_is_theirs() -> None:
    graph = document("第二条 禁止生产经营单位及其有关负责人从事下列行为：\n（一）指令从业人员冒险作业。\n", _BAN_TITLE)
    assert holders_of_duty(graph, "禁止生产经营单位") == {"生产经营单位", "有关负责人"}


def test_a_ban_on_anyone_stays_no_duty() -> None:
    for ban in ("禁止任何企业在河道内倾倒垃圾。", "禁止非管理人员操作河道上的闸门。", "禁止其他单位储存烟花爆竹。"):
        graph = document(f"第二条 区应急管理局负责安全监督管理。第三条 {ban}", _BAN_TITLE)
        assert not any(d.text.startswith("禁止") for d in graph.duties), ban


def test_an_actor_defined_with_yixiacheng_is_one_organ_where_it_stands() -> None:
    # (以下称Y) defines a short name as (以下简称Y) does (organs.yaml definition_words already read it for bodies)
    graph = document(
        "第二条 区生态环境局负责排污监督管理。第三条 从事餐饮、洗车等经营活动的企业事业单位、个体工商户(以下称排污户)"
        "向河道排放污水的，应当依法申领许可证。第四条 排污户应当如实记录排放情况。",
        "某某市排污管理办法",
    )
    assert holders_of_duty(graph, "如实记录排放情况") == {"排污户"}
