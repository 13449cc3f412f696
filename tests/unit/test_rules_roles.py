"""Roles and members of units and bodies, non-state bodies, and bounds on generic names: each rule on
a sentence written for this file (not from the seeds nor from the dev documents)."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.organs import find_mentions
from tests.unit.rules_support import document, edges, holder_names, names, organ_named


def _doc(body: str, title: str = "某省矿山安全条例") -> DocumentGraph:
    return document(body, title)


def _part_of(graph: DocumentGraph) -> set[tuple[str, str]]:
    return edges(graph, "PART_OF")


def test_unit_roles_after_de_belong_to_the_unit() -> None:
    graph = _doc(
        "第一条 生产经营单位应当建立安全生产责任制。\n"
        "第二条 生产经营单位的决策机构、主要负责人或者个人经营的投资人应当保障矿山安全投入。\n"
        "第三条 生产经营单位的从业人员应当参加岗位安全培训。\n"
    )
    assert holder_names(graph, 2) == {"生产经营单位决策机构", "生产经营单位主要负责人", "个人经营的投资人"}
    assert holder_names(graph, 3) == {"从业人员"}
    assert ("从业人员", "生产经营单位") in _part_of(graph)
    assert ("生产经营单位决策机构", "生产经营单位") in _part_of(graph)
    assert ("生产经营单位主要负责人", "生产经营单位") in _part_of(graph)


def test_role_set_up_by_a_unit_is_named_by_its_own_words() -> None:
    graph = _doc(
        "第一条 生产经营单位应当配备安全管理力量。\n"
        "第二条 生产经营单位设置的专职安全分管负责人或者安全总监协助主要负责人开展隐患排查。\n"
    )
    assert holder_names(graph, 2) == {"专职安全分管负责人", "安全总监"}
    assert {("专职安全分管负责人", "生产经营单位"), ("安全总监", "生产经营单位")} <= _part_of(graph)
    assists = {(r.source.split("/")[1], r.target.split("/")[1]) for r in graph.relations if r.type == "ASSISTS"}
    assert ("安全总监", "生产经营单位主要负责人") in assists


def test_bare_role_returns_to_the_unit_last_named() -> None:
    graph = _doc(
        "第一条 生产经营单位应当落实安全责任。其他负责人应当在分管范围内抓好安全工作。\n"
        "第二条 生产经营单位发生险情，单位负责人应当立即组织撤离。\n"
    )
    assert holder_names(graph, 1) >= {"生产经营单位其他负责人"}
    assert "生产经营单位负责人" in holder_names(graph, 2)
    assert {("生产经营单位其他负责人", "生产经营单位"), ("生产经营单位负责人", "生产经营单位")} <= _part_of(graph)


def test_bare_role_after_a_state_body_keeps_the_body() -> None:
    graph = _doc("第一条 生产经营单位应当接受检查。县人民政府主要负责人应当每季度研究矿山安全。\n")
    assert ("县人民政府主要负责人", "县人民政府") in _part_of(graph)


def test_member_qualifiers_and_internal_bodies() -> None:
    graph = _doc(
        "第一条 矿山开采单位应当配备专职安全生产管理人员。\n"
        "第二条 矿山开采单位的安全生产管理机构以及安全生产管理人员应当督促落实安全措施。\n"
    )
    assert holder_names(graph, 2) == {"安全生产管理机构", "安全生产管理人员"}
    organ = organ_named(graph, "安全生产管理机构")
    assert organ.kind == "enterprise_society" and organ.level == "social"
    assert {("安全生产管理机构", "矿山开采单位"), ("安全生产管理人员", "矿山开采单位")} <= _part_of(graph)
    people = organ_named(graph, "安全生产管理人员")
    assert "专职安全生产管理人员" not in names(graph) and people.kind == "individual_role"


def test_member_without_unit_is_an_organ_apart() -> None:
    graph = _doc("第一条 从业人员应当正确佩戴劳动防护用品。\n")
    assert holder_names(graph, 1) == {"从业人员"}
    assert not _part_of(graph)


def test_member_word_before_a_count_is_no_actor() -> None:
    graph = _doc("第一条 矿山开采单位从业人员超过五十人的，应当设置安全管理机构。\n")
    assert holder_names(graph, 1) == {"矿山开采单位"}


def test_non_state_bodies() -> None:
    graph = _doc(
        "第一条 物业服务企业应当定期检查共用消防设施。\n"
        "第二条 行业协会应当协助有关部门开展安全宣传。\n"
        "第三条 企业负责人应当每年向职工代表大会报告安全投入情况。\n"
    )
    assert holder_names(graph, 1) == {"物业服务企业"}
    assert holder_names(graph, 2) == {"行业协会"}
    kinds = {o.name: (o.kind, o.level) for o in graph.organs}
    assert kinds["物业服务企业"] == ("enterprise_society", "social")
    assert kinds["行业协会"] == ("enterprise_society", "social")
    reports = {(r.source.split("/")[1], r.target.split("/")[1]) for r in graph.relations if r.type == "REPORTS_TO"}
    assert any(target == "职工代表大会" for _, target in reports)


def test_rescue_team_of_a_government_is_part_of_it() -> None:
    graph = _doc("第一条 市、县人民政府救援队伍应当承担矿山抢险任务。\n")
    assert holder_names(graph, 1) == {"市人民政府救援队伍", "县人民政府救援队伍"}
    assert {("市人民政府救援队伍", "市人民政府"), ("县人民政府救援队伍", "县人民政府")} <= _part_of(graph)


def test_verbs_places_and_events_are_not_names() -> None:
    surfaces = [
        m.surface
        for m in find_mentions(
            "县人民政府应当发挥保险机构的作用，委托评估机构开展评估；会展中心、歌舞厅等场所，展会举办期间应当加强巡查。",
            "provincial",
        )
    ]
    assert "发挥保险机构" not in surfaces and "委托评估机构" not in surfaces
    assert "歌舞厅" not in surfaces and "展会举办" not in surfaces
    surfaces = [m.surface for m in find_mentions("矿山开采单位应当遵守本单位的操作规程。", "provincial")]
    assert surfaces == ["矿山开采单位"]


def test_size_classes_of_enterprises_are_not_units() -> None:
    surfaces = [m.surface for m in find_mentions("小型企业等规模较小的生产经营单位应当配备兼职安全员。", "provincial")]
    assert "小型企业" not in surfaces


def test_departments_of_a_collective_government() -> None:
    graph = _doc(
        "第一条 各级人民政府及其有关部门应当组织开展矿山安全宣传。\n"
        "第二条 县级以上人民政府其他有关部门应当在各自职责范围内做好矿山安全工作。\n"
        "第三条 县级以上人民政府应当将矿山安全纳入发展规划。\n"
    )
    assert holder_names(graph, 1) == {"各级人民政府", "各级人民政府有关部门"}
    assert holder_names(graph, 2) == {"县级以上人民政府有关部门"}
    assert {
        ("各级人民政府有关部门", "各级人民政府"),
        ("县级以上人民政府有关部门", "县级以上人民政府"),
    } <= _part_of(graph)
    organ = organ_named(graph, "各级人民政府有关部门")
    assert organ.collective


def test_staff_after_jiqi_belong_to_the_body() -> None:
    graph = _doc("第一条 县级以上人民政府矿山安全监管部门及其安全监督检查人员应当依法开展现场检查。\n")
    assert "安全监督检查人员" in holder_names(graph, 1)
    assert ("安全监督检查人员", "县级以上人民政府矿山安全监管部门") in _part_of(graph)


def test_one_function_before_deng_youguan_is_its_department() -> None:
    mentions = find_mentions("交通运输等有关部门应当加强矿区道路管理。", "provincial")
    assert [(m.stem, m.head) for m in mentions] == [("交通运输", "部门")]
    graph = _doc("第一条 交通运输等有关部门应当加强矿区道路管理。\n")
    assert holder_names(graph, 1) == {"交通运输部门"}


def test_function_name_holding_a_verb() -> None:
    graph = _doc("第一条 医疗保障部门应当做好职业病患者的医疗待遇衔接。\n")
    assert holder_names(graph, 1) == {"医疗保障部门"}


def test_anyone_and_violators_are_not_units() -> None:
    surfaces = [
        m.surface
        for m in find_mentions(
            "有关单位和个人应当配合检查。违法单位应当限期改正。致使造成施工单位损失的，由县人民政府补偿。", "provincial"
        )
    ]
    assert surfaces == ["施工单位", "县人民政府"]
    surfaces = [m.surface for m in find_mentions("有关尾矿库管理单位或者个人应当定期巡查。", "provincial")]
    assert surfaces == ["有关尾矿库管理单位"]


def test_department_named_with_de_inside_a_state_body() -> None:
    graph = _doc("第一条 县矿山安全指挥部的日常办事机构应当承担值班调度工作。\n")
    assert holder_names(graph, 1) == {"县矿山安全指挥部的日常办事机构"}
    assert ("县矿山安全指挥部的日常办事机构", "县矿山安全指挥部") in _part_of(graph)


def test_role_named_after_a_department_in_its_stem() -> None:
    graph = _doc(
        "第一条 矿山监察机构内设监察科室负责人应当对检查结论负责。\n第二条 尾矿库运营单位负责人应当每月组织巡查。\n"
    )
    assert holder_names(graph, 1) == {"矿山监察机构内设监察科室负责人"}
    assert ("矿山监察机构内设监察科室负责人", "矿山监察机构") in _part_of(graph)
    assert ("尾矿库运营单位负责人", "尾矿库运营单位") in _part_of(graph)


def test_villagers_assembly_and_competent_organ() -> None:
    graph = _doc("第一条 村民会议应当讨论决定矿区复垦方案。\n第二条 对违法审批的，由有权机关依法调查处理。\n")
    organ = organ_named(graph, "村民会议")
    assert organ.level == "village" and organ.kind == "government"
    mentions = find_mentions("由有权机关依法调查处理。", "provincial")
    assert [(m.surface, m.collective is not None) for m in mentions] == [("有权机关", True)]


def test_an_act_done_to_a_member_is_not_its_name() -> None:
    surfaces = [
        m.surface
        for m in find_mentions(
            "矿山开采单位应当提高从业人员安全素质，组建行业协会，禁止非管理人员进入井下。", "provincial"
        )
    ]
    assert surfaces == ["矿山开采单位"]
    surfaces = [m.surface for m in find_mentions("井下安全管理人员和行业协会应当协助做好巡查。", "provincial")]
    assert "井下安全管理人员和行业协会" not in surfaces


def test_one_item_that_names_a_body_is_no_function() -> None:
    mentions = find_mentions("应急管理部等有关部门应当加强指导。", "central")
    assert mentions[0].surface == "应急管理部"
    assert all(m.display != "应急管理部部门" for m in mentions)


def test_body_set_up_by_governments_is_the_organ() -> None:
    graph = _doc(
        "第一条 市、县人民政府设立的矿山救护机构负责矿山事故救援。\n"
        "第二条 县人民政府设立的尾矿库安全机构应当每日报送巡查记录。\n"
    )
    assert holder_names(graph, 1) == {"矿山救护机构"}
    organ = organ_named(graph, "矿山救护机构")
    assert organ.aliases == ["市、县人民政府设立的矿山救护机构"]
    assert holder_names(graph, 2) == {"尾矿库安全机构"}
    assert organ_named(graph, "尾矿库安全机构").level == "county"


def test_department_named_on_its_body_keeps_the_printed_brackets() -> None:
    graph = _doc("第一条 市、县（市、区）人民政府及其有关部门应当做好矿区生态修复。\n")
    assert ("县（市、区）人民政府有关部门", "县（市、区）人民政府") in _part_of(graph)
    assert ("市人民政府有关部门", "市人民政府") in _part_of(graph)


def test_no_name_opens_inside_a_verb_or_ends_in_a_layout() -> None:
    surfaces = [
        m.surface for m in find_mentions("县人民政府应当优化矿区产业布局，应当遵守矿区安全单位的规定。", "provincial")
    ]
    assert surfaces[0] == "县人民政府"
    assert not any(s.endswith("布局") or s.startswith("当") for s in surfaces)


def test_places_of_one_level_name_one_position() -> None:
    graph = _doc("第一条 镇、街道林长应当组织护林员巡山。\n第二条 镇人民政府、街道办事处应当保障护林经费。\n")
    assert holder_names(graph, 1) == {"镇、街道林长"}
    assert ("镇、街道林长", "镇人民政府、街道办事处") in _part_of(graph)
    mentions = find_mentions("市、县林长应当督促下级林长履职。", "provincial")
    assert [m.level for m in mentions[:2]] == ["municipal", "county"]  # two levels: still two positions


def test_enumeration_before_xingzheng_zhuguan_bumen() -> None:
    graph = _doc("第一条 应急管理、自然资源、生态环境等行政主管部门应当按照职责做好尾矿库监管。\n")
    assert holder_names(graph, 1) == {"应急管理部门", "自然资源部门", "生态环境部门"}
    organ = organ_named(graph, "自然资源部门")
    assert organ.aliases == ["自然资源"]


def test_body_set_up_by_a_department_in_some_manner() -> None:
    graph = _doc("第一条 县应急管理部门按照矿区分布设立的矿山救护机构，承担所辖矿区的救护工作。\n")
    assert holder_names(graph, 1) == {"矿山救护机构"}
    assert ("矿山救护机构", "县应急管理部门") in _part_of(graph)
    organ = organ_named(graph, "矿山救护机构")
    assert organ.kind == "agency" and organ.level == "county"
    decision = _doc("第一条 生产经营单位应当守法。\n第二条 生产经营单位的决策机构应当保障安全投入。\n")
    assert next(o for o in decision.organs if o.name == "生产经营单位决策机构").kind == "enterprise_society"
