"""GUIDES rules of round 63: the departments after 某政府(的)领导及其 are that government's (在X的领导及其有关
部门的指导下); a bare level word before a collective role (乡镇护林员, 街道（镇）安全生产专管员) only places the
role, no second target; 在X领导下开展工作，接受Y的指导: X frames the work, the holder still accepts Y's guidance;
grid workers and the street's safety officers are collective roles.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces


def test_departments_after_a_governments_leadership_are_its_own() -> None:
    graph = document("第一条 镇人民政府在县人民政府的领导及其有关部门的指导下，组织开展植树工作。", "某县植树条例")
    assert ("县人民政府有关部门", "镇人民政府") in edges(graph, "GUIDES")
    assert "有关部门" not in names(graph)


def test_a_level_word_before_a_collective_role_places_the_role() -> None:
    assert surfaces("县林业局对乡镇护林员开展培训", "municipal") == ["县林业局", "乡镇护林员"]
    graph = document("第一条 县林业局对乡镇护林员开展业务指导。", "某县护林条例")
    assert edges(graph, "GUIDES") == {("县林业局", "护林员")}


def test_grid_workers_and_safety_officers_are_roles() -> None:
    body = "第一条 区民政局指导街道专职网格员开展巡查。第二条 区应急管理局对街道安全生产专管员进行业务指导。"
    graph = document(body, "某区巡查办法")
    assert {("区民政局", "专职网格员"), ("区应急管理局", "安全生产专管员")} <= edges(graph, "GUIDES")


def test_guidance_accepted_after_working_under_a_leadership() -> None:
    graph = document("第一条 县水务局在县人民政府领导下开展工作，接受市水务局的业务指导。", "某市节水条例")
    assert ("市水务局", "县水务局") in edges(graph, "GUIDES")


def test_a_joint_partner_shares_only_its_own_sentence() -> None:
    body = "第一条 市林业局负责下列工作：（一）会同市统计局开展森林资源调查；（二）指导县林业局开展护林工作。"
    graph = document(body, "某市护林条例")
    assert edges(graph, "GUIDES") == {("市林业局", "县林业局")}
