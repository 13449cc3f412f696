"""Rules of round 100 (area ah-fupin, the provincial poverty regulations): a list item the lexicon names
whole as a non-state body stays that body (no 残疾人联合会部门 PART_OF 残疾人联合会); 工商业联合会 by its full
name; a coordinating mechanism (X协调机制) with its office and member units is a body, and none where its
article prints neither; the places a relocation or a pairing leaves, reaches or helps (迁出地, 安置地, 受援地)
before a levelled government narrow it, the government keeps its name.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names


def test_a_named_body_closing_a_department_list_is_that_body() -> None:
    body = "第一条 民政、卫生健康、妇女联合会等部门和单位应当按月向同级农业农村部门通报困难家庭情况。"
    graph = document(body, "某省困难家庭帮扶条例")
    assert "妇女联合会" in holders_of_duty(graph, "按月")
    assert "妇女联合会部门" not in names(graph)
    assert not [pair for pair in edges(graph, "PART_OF") if "妇女联合会" in pair[0]]


def test_the_federation_of_industry_and_commerce_by_its_full_name() -> None:
    body = "第一条 工商业联合会应当组织会员企业参与乡村产业帮扶。"
    graph = document(body, "某省乡村产业促进条例")
    assert holders_of_duty(graph, "会员企业") == {"工商业联合会"}


def test_a_coordinating_mechanism_with_its_office_and_members_is_a_body() -> None:
    body = (
        "第一条 市人民政府建立养老服务协调机制，研究解决养老服务中的重大问题。"
        "协调机制办公室设在市民政部门，承担日常工作。"
        "协调机制成员单位由市财政、卫生健康等部门组成。各成员单位应当每半年向协调机制办公室报送工作情况。"
    )
    graph = document(body, "某市养老服务条例")
    part_of = edges(graph, "PART_OF")
    assert ("养老服务协调机制办公室", "养老服务协调机制") in part_of
    assert ("协调机制成员单位", "养老服务协调机制办公室") in edges(graph, "REPORTS_TO")


def test_a_lead_coordinating_mechanism_names_its_member_units() -> None:
    body = (
        "第一条 省人民政府建立养老服务领导协调机制。领导协调机制办公室设在省民政部门。"
        "领导协调机制成员单位应当按照职责分工制定年度计划。"
    )
    graph = document(body, "某省养老服务条例")
    # round 101 (mech): the members printed after the bare head word are the mechanism's named in full
    assert holders_of_duty(graph, "年度计划") == {"养老服务领导协调机制成员单位"}
    assert ("养老服务领导协调机制成员单位", "养老服务领导协调机制") in edges(graph, "PART_OF")


def test_a_mechanism_with_no_office_or_members_is_no_body() -> None:
    body = "第一条 市人民政府应当建立养老服务综合协调机制。养老服务综合协调机制应当定期研究重大事项。"
    graph = document(body, "某市养老服务条例")
    assert not [n for n in names(graph) if n.endswith("协调机制")]


def test_a_relocation_place_before_a_levelled_government_keeps_its_name() -> None:
    for place in ("安置地", "受援地", "迁出地"):
        body = f"第一条 市财政部门负责资金拨付。{place}县（市、区）人民政府应当建立搬迁群众就业台账。"
        graph = document(body, "某市易地搬迁后续扶持条例")
        assert holders_of_duty(graph, "就业台账") == {"县(市、区)人民政府"}, place
