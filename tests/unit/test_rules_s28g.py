"""Round 95 (prec): guards against over-generation on unseen text — the presidium of a congress, the role of
a government printed with a word that is no level, verbs glued to a unit's name, capacity building read as
oversight, a bare 经批准 read as a report, and a management body joined to a government's department."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces


def test_congress_presidium_is_a_body_of_its_own() -> None:
    graph = document(
        "第一条 乡（镇）人民代表大会主席团可以组织代表开展视察。\n"
        "第二条 代表建议的办理情况，有关机关应当向本级人民代表大会主席团书面报告。",
        "某某县乡镇人民代表大会工作办法",
    )
    assert "乡（镇）人民代表大会主席团" in names(graph)
    # 本级…主席团 of a document naming one presidium refers back to it (genre rule 4; dev cq-xzrd, round 109)
    assert ("有关机关", "乡（镇）人民代表大会主席团") in edges(graph, "REPORTS_TO")


def test_role_of_local_governments_is_not_the_state_council_role() -> None:
    graph = document(
        "第一条 国务院水行政主管部门负责全国湖泊管理工作。\n"
        "第二条 地方人民政府、湖泊管理机构和水工程管理单位主要负责人应当对调度指令的执行负责。",
        "某某湖泊管理条例",
    )
    assert "国务院主要负责人" not in names(graph)
    assert ("地方人民政府主要负责人", "地方人民政府") in edges(graph, "PART_OF")


def test_verb_before_a_unit_opens_no_name() -> None:
    assert "持续改善山区学校" not in surfaces("各级人民政府应当持续改善山区学校办学条件。", "central")
    assert "培育咨询机构" not in surfaces("县级以上人民政府应当培育咨询机构和志愿服务组织。", "central")


def test_capacity_building_of_a_body_is_no_oversight() -> None:
    graph = document(
        "第一条 县人民政府应当加强乡镇人民政府应急管理能力建设。\n第二条 县人民政府应当加强对乡镇人民政府的监督管理。",
        "某某市应急工作条例",
    )
    supervised = [r for r in graph.relations if r.type == "SUPERVISES"]
    assert [r.article for r in supervised] == [2]


def test_bare_approval_makes_no_report_of_a_payment() -> None:
    graph = document(
        "第一条 省航道主管机关负责航道管理。\n"
        "第二条 经批准兼作码头的堤段，使用单位应当向航道主管机关缴纳维护费。\n"
        "第三条 经批准兼作码头的堤段，使用单位应当向航道主管机关报告使用情况。",
        "某某省航道管理条例",
    )
    reports = [r for r in graph.relations if r.type == "REPORTS_TO"]
    assert [r.article for r in reports] == [3]


def test_management_body_after_a_department_is_its_own() -> None:
    # printed alone opening a clause of the article too: its own body; listed only with the departments: one of them
    graph = document(
        "第一条 县级以上地方人民政府林业主管部门和自然保护地管理机构应当加强巡护；"
        "发现火情的，自然保护地管理机构应当及时报告有关人民政府。",
        "某某自然保护地条例",
    )
    assert "自然保护地管理机构" in names(graph)
    assert "县级以上地方人民政府自然保护地管理机构" not in names(graph)
    graph = document("第一条 县级以上人民政府财政部门和国有资产监督管理机构应当加强监督。", "某某国有资产条例")
    assert "县级以上人民政府国有资产监督管理机构" in names(graph)
