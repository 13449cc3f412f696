"""Round 55 (relative targets per member of a level split): 本级党委X seen from each member of a
市、县 × function list is the X of the member's own party committee, however that committee is
printed (市委X beside 县党委X: one party body's two heads)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_same_level_party_group_per_split_member() -> None:
    graph = document(
        "第一条 市委、县委应当设立生态文明建设领导小组。\n"
        "第二条 市委生态文明建设领导小组和县党委生态文明建设领导小组负责统筹协调。\n"
        "第三条 市、县人民政府林业、交通等部门应当制定年度工作方案，报本级党委生态文明建设领导小组备案。",
        "某市生态文明建设责任制规定",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("市人民政府交通部门", "市委生态文明建设领导小组") in reports
    assert ("县人民政府交通部门", "县党委生态文明建设领导小组") in reports
    assert not any(target.startswith("本级") for _, target in reports)


def test_unprinted_county_group_is_named_after_its_committee() -> None:
    # only the 市 group is printed: the county member's 本级 group is named after the 县委 as printed
    graph = document(
        "第一条 市委、县委对本地区河湖保护工作负总责。\n"
        "第二条 市委河湖保护领导小组负责统筹协调。\n"
        "第三条 市、县人民政府水利、财政等部门应当制定年度工作方案，报本级党委河湖保护领导小组备案。",
        "某市河湖保护责任制规定",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("市人民政府财政部门", "市委河湖保护领导小组") in reports
    assert ("县人民政府财政部门", "县委河湖保护领导小组") in reports


def test_commission_body_keeps_its_own_members() -> None:
    # 食安委 is a commission, no party committee: its 成员单位 are not a party body's
    graph = document(
        "第一条 市食品安全委员会成员单位应当按照职责分工开展工作，并向市食品安全委员会报告工作。",
        "某市食品安全责任制规定",
    )
    assert ("市食品安全委员会成员单位", "市食品安全委员会") in edges(graph, "REPORTS_TO")


def test_lower_department_is_the_same_function_one_level_down() -> None:
    # 下级部门 of each 市 member is the 区 department of its own function; the 区 members have no lower
    # department named, so they get no edge (no unresolved 下级部门 node)
    graph = document(
        "第一条 市、区人民政府交通、教育等部门负责本行业投诉处理，督促指导下级部门做好投诉处理工作。",
        "某市投诉处理条例",
    )
    guides = edges(graph, "GUIDES")
    assert guides == {("市人民政府交通部门", "区人民政府交通部门"), ("市人民政府教育部门", "区人民政府教育部门")}
    assert ("市人民政府交通部门", "区人民政府交通部门") in edges(graph, "SUPERVISES")
    assert all(not organ.name.startswith("下级") for organ in graph.organs)
