"""Each lexicon rule on a sentence that is not from the seed documents."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.organs import find_mentions
from loaders.pipeline import parse_text
from tests.unit.rules_support import document, edges, organ_id


def _doc(body: str, title: str = "某省河长制条例") -> DocumentGraph:
    return document(body, title)


def _holders(graph: DocumentGraph, number: int) -> set[str]:
    return {h for d in graph.duties if d.article == number for h in d.holders}


def test_level_words_and_heads() -> None:
    mentions = find_mentions("自治区人民政府、盟行政公署和旗人民政府应当加强领导。", "provincial")
    assert [(m.surface, m.level) for m in mentions] == [
        ("自治区人民政府", "provincial"),
        ("盟行政公署", "municipal"),
        ("旗人民政府", "county"),
    ]
    mentions = find_mentions("苏木乡镇人民政府和嘎查村民委员会应当配合。", "provincial")
    assert [m.level for m in mentions] == ["township", "village"]


def test_municipality_districts_and_streets() -> None:
    mentions = find_mentions("区县人民政府和街道办事处负责本辖区的防汛工作。", "provincial")
    assert [(m.surface, m.level) for m in mentions] == [("区县人民政府", "county"), ("街道办事处", "township")]


def test_department_stem_and_body() -> None:
    mentions = find_mentions("县级以上人民政府水行政主管部门负责河道的监督管理。", "provincial")
    assert len(mentions) == 1
    assert mentions[0].surface == "县级以上人民政府水行政主管部门"
    assert mentions[0].collective == "县级以上"


def test_joint_subjects_split_and_pairs_kept() -> None:
    graph = _doc("第一条 市、县人民政府应当建立河长制工作机制。\n第二条 市委、市政府对全市河湖管理负总责。\n")
    assert len(_holders(graph, 1)) == 2
    pair = organ_id(graph, "市委、市政府")
    assert _holders(graph, 2) == {pair}
    duty = next(d for d in graph.duties if d.article == 2)
    assert duty.responsibility == "负总责"


def test_role_is_part_of_its_body() -> None:
    graph = _doc("第一条 县人民政府主要负责人是本行政区域防汛工作的第一责任人。\n")
    role = organ_id(graph, "县人民政府主要负责人")
    body = organ_id(graph, "县人民政府")
    assert any(r.type == "PART_OF" and r.source == role and r.target == body for r in graph.relations)
    assert any(d.responsibility == "第一责任人" for d in graph.duties)


def test_huitong_gives_joint_holders_and_yu_a_partner() -> None:
    graph = _doc(
        "第一条 省水利厅会同省财政厅制定河道整治资金管理办法。\n第二条 乡镇人民政府应当与村民委员会共同做好河道保洁。\n"
    )
    assert len(_holders(graph, 1)) == 2
    assert len(_holders(graph, 2)) == 1


def test_supervision_guidance_and_reporting() -> None:
    graph = _doc(
        "第一条 市人民政府应当督促指导县人民政府落实河长制。\n"
        "第二条 县人民政府应当每年向市人民政府报告河长制落实情况。\n"
    )
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府") in edges(graph, "GUIDES")
    report = next(r for r in graph.relations if r.type == "REPORTS_TO")
    assert report.frequency == "annual"
    assert graph.organs and report.evidence in graph.articles[1].text


def test_encouragement_and_rights_are_not_duties() -> None:
    graph = _doc("第一条 鼓励社会组织参与河湖保护。\n第二条 任何单位和个人有权举报破坏河道的行为。\n")
    assert not graph.duties


def test_permission_is_may() -> None:
    graph = _doc("第一条 设区的市人民政府可以制定河道管理的具体办法。\n")
    assert [d.modality for d in graph.duties] == ["may"]


def test_bare_levels_resolve_to_named_body() -> None:
    graph = _doc("第一条 乡镇人民政府负责本辖区河道管理。\n第二条 县人民政府应当指导乡镇、村做好河道巡查。\n")
    targets = {t for _, t in edges(graph, "GUIDES")}
    assert "乡镇人民政府" in targets


def test_interpretation_article() -> None:
    graph = _doc("第一条 县人民政府负责河道管理。\n第二条 本条例由省人民政府负责解释。\n")
    assert any(r.type == "INTERPRETS" and r.target == "t" for r in graph.relations)


def test_spans_reproduce_text() -> None:
    text = "某市条例\n第一条 市人民政府负责全市的工作，县人民政府应当配合。\n"
    graph = parse_text(text, "s")
    for duty in graph.duties:
        assert text[duty.start : duty.end] == duty.text
    for relation in graph.relations:
        assert text[relation.start : relation.end] == relation.evidence


def test_sanctioned_bodies_are_liabilities_not_duties() -> None:
    graph = _doc(
        "第一条 县人民政府负责河道管理。\n"
        "第二条 河道管理单位有下列行为之一的，由县人民政府责令改正，处一万元以上五万元以下的罚款。\n"
        "第三条 对负有责任的有关部门和人员，依法给予处分。\n"
    )
    liable = {li.organ.split("/")[1] for li in graph.liabilities}
    assert liable == {"河道管理单位"}
    assert all(li.evidence in graph.articles[1].text for li in graph.liabilities)


AUTONOMOUS_REGION = """某自治区草原保护责任制规定

第一条 为了落实草原保护责任制，制定本规定。
第二条 自治区人民政府对全区草原保护工作负总责。
第三条 盟行政公署、旗县级人民政府负责本行政区域内的草原保护工作，旗县级人民政府主要负责人是第一责任人。
第四条 苏木乡镇人民政府应当指导嘎查村民委员会做好草原巡查，并每年向旗县级人民政府报告草原保护情况。
第五条 盟市、旗县草原行政主管部门按照职责负责本行政区域内的草原保护工作。
第六条 自治区党委、自治区人民政府对盟市党委和行政公署草原保护工作进行考核。
"""


def test_autonomous_region_vocabulary() -> None:
    graph = parse_text(AUTONOMOUS_REGION, "t")
    levels = {o.name: o.level for o in graph.organs}
    assert levels["盟行政公署"] == "municipal"
    assert levels["旗县级人民政府"] == "county"
    assert levels["苏木乡镇人民政府"] == "township"
    assert levels["自治区党委、自治区人民政府"] == "provincial"  # a fixed pair stays one organ
    assert {h.split("/")[1] for h in _holders(graph, 5)} == {"盟市草原行政主管部门", "旗县草原行政主管部门"}
    assert ("自治区党委、自治区人民政府", "盟市党委和行政公署") in edges(graph, "SUPERVISES")
    assert ("苏木乡镇人民政府", "旗县级人民政府") in edges(graph, "REPORTS_TO")


def test_holders_stay_valid_when_relative_targets_add_organs() -> None:
    # 市 is named bare first; 本级人民政府 seen from a department later adds the city government.
    text = (
        "某市条例\n第一条 市、县（市）人民政府应当制定应急预案。\n"
        "第二条 市城市供水行政主管部门应当每年向本级人民政府报告供水情况。\n"
    )
    graph = parse_text(text, "t")
    organ_ids = {o.id for o in graph.organs}
    assert all(h in organ_ids for d in graph.duties for h in d.holders)


def test_river_chief_positions() -> None:
    graph = _doc(
        "第一条 省、市、县、乡四级设立河长。各级总河长对本行政区域内河湖管理保护负总责。\n"
        "第二条 上级河长应当督促检查下级河长履行职责。县级河长应当定期巡查责任河湖，并向市级河长报告巡查情况。\n"
    )
    names = {o.name for o in graph.organs}
    assert not names & {"省", "市", "县", "乡"}  # levels counted, not bodies
    assert {"各级总河长", "县级河长", "市级河长"} <= names
    assert ("上级河长", "下级河长") in edges(graph, "SUPERVISES")
    assert ("县级河长", "市级河长") in edges(graph, "REPORTS_TO")


def test_body_and_its_departments_are_split() -> None:
    # genre rule 2: X及其有关部门 → X + X's departments, at every level X is named for
    graph = _doc("第一条 盟、旗人民政府及其有关部门应当做好草原防火工作。\n")
    holders = {h.split("/")[1] for h in _holders(graph, 1)}
    assert holders == {"盟人民政府", "旗人民政府", "盟人民政府有关部门", "旗人民政府有关部门"}
    assert ("旗人民政府有关部门", "旗人民政府") in edges(graph, "PART_OF")


def test_relative_body_and_its_departments() -> None:
    graph = _doc(
        "第一条 区人民政府所属部门负责本系统的执法工作。\n"
        "第二条 区人大常委会应当对本级人民政府及其所属部门执行本规定的情况进行检查。\n"
    )
    supervised = {t for s, t in edges(graph, "SUPERVISES") if s == "区人大常委会"}
    assert supervised == {"区人民政府", "区人民政府所属部门"}


def test_municipality_has_no_municipal_tier() -> None:
    # a 直辖市: its 区 answer to the 市 itself, and the 市 to the State Council
    text = (
        "天津市某某责任制规定\n"
        "第一条 市人民政府统一领导全市的防灾工作。\n"
        "第二条 区人民政府应当将应急预案报上一级人民政府备案。\n"
        "第三条 市人民政府应当将总体预案报上一级人民政府备案。\n"
    )
    graph = parse_text(text, "t")
    assert ("区人民政府", "市人民政府") in edges(graph, "REPORTS_TO")
    assert ("市人民政府", "国务院") in edges(graph, "REPORTS_TO")


def test_huitong_partner_shares_duty_but_lead_reports() -> None:
    graph = _doc("第一条 旗林业主管部门应当会同有关部门编制防火规划，报旗人民政府批准。\n")
    assert len(_holders(graph, 1)) == 2
    assert edges(graph, "REPORTS_TO") == {("旗林业主管部门", "旗人民政府")}


def test_level_list_joined_by_huozhe() -> None:
    graph = _doc(
        "第一条 盟或者旗人民政府应急指挥机构应当在险情发生后及时报告本级人民政府和上级人民政府应急指挥机构。\n"
    )
    holders = {h.split("/")[1] for h in _holders(graph, 1)}
    assert holders == {"盟人民政府应急指挥机构", "旗人民政府应急指挥机构"}
    reports = edges(graph, "REPORTS_TO")
    assert ("旗人民政府应急指挥机构", "旗人民政府") in reports  # 本级 and 上级 are two targets
    assert ("旗人民政府应急指挥机构", "盟人民政府应急指挥机构") in reports


def test_two_unnamed_sets_are_one_collective() -> None:
    graph = _doc(
        "第一条 县应急管理部门应当指导有关部门和单位做好隐患排查。\n"
        "第二条 相关部门应当按照职责做好隐患整改，有关主管部门应当加强监督。\n"
    )
    assert ("县应急管理部门", "有关部门和单位") in edges(graph, "GUIDES")
    collectives = [o for o in graph.organs if o.collective and "部门" in o.name and "单位" not in o.name]
    assert len(collectives) == 1  # 相关部门 = 有关主管部门 = 有关部门


def test_emergency_departments_are_organs() -> None:
    # 应 is a modal only outside 应急
    graph = _doc("第一条 旗应急管理部门应当会同旗林业主管部门制定扑火预案。\n")
    assert {h.split("/")[1] for h in _holders(graph, 1)} == {"旗应急管理部门", "旗林业主管部门"}


def test_full_and_short_name_of_the_peoples_congress_committee() -> None:
    graph = _doc(
        "第一条 盟人大常委会负责监督本规定的实施。\n第二条 盟行政公署应当将年度报告报本级人民代表大会常务委员会备案。\n"
    )
    assert edges(graph, "REPORTS_TO") == {("盟行政公署", "盟人大常委会")}


def test_demonstrative_before_a_relative_reference() -> None:
    graph = _doc("第一条 苏木人民政府应当将处置情况报告该上一级人民政府。\n第二条 旗人民政府负责督办。\n")
    assert ("苏木人民政府", "旗人民政府") in edges(graph, "REPORTS_TO")


def test_qualifier_between_report_verb_and_organ() -> None:
    graph = _doc("第一条 林场管理单位应当编制防火预案，报有管辖权的林业主管部门批准。\n")
    assert edges(graph, "REPORTS_TO") == {("林场管理单位", "林业主管部门")}


def test_possessor_at_clause_start_is_no_holder() -> None:
    graph = _doc("第一条 嘎查村民委员会应当确定护林员。护林员名单应当张贴公布。\n")
    assert {o.name for o in graph.organs} == {"嘎查村民委员会"}


def test_in_charge_of_is_a_verb() -> None:
    graph = _doc("第一条 县林业局分管防火工作的负责人应当在岗值守。\n")
    assert not any("分管" in o.name for o in graph.organs)


def test_named_set_and_units_are_one_collective() -> None:
    graph = _doc("第一条 有关国家机关和单位接到举报后应当及时处理。\n")
    assert {o.name for o in graph.organs} == {"有关国家机关和单位"}


def test_same_and_lower_level_named_once() -> None:
    graph = _doc(
        "第一条 旗审计机关应当对本级及下级财政部门的预算执行情况进行审计。\n"
        "第二条 旗财政部门和苏木财政部门负责资金拨付。\n"
    )
    supervised = {t for s, t in edges(graph, "SUPERVISES") if s == "旗审计机关"}
    assert supervised == {"旗财政部门", "苏木财政部门"}


def test_word_inside_a_name_is_no_disqualifier() -> None:
    # 内部 ends no name here: 主体内部监督机构 is an organ, and a part of its body
    graph = _doc("第一条 执法单位内部监督机构负责对本单位的执法活动进行监督。\n")
    assert _holders(graph, 1) == {"t/执法单位内部监督机构"}


def test_fronted_approval_joins_its_clause() -> None:
    graph = _doc(
        "第一条 旗人民政府负责草原保护。\n"
        "第二条 根据草原退化程度，经报本级人民政府批准，旗草原行政主管部门可以划定禁牧区。\n"
    )
    assert edges(graph, "REPORTS_TO") == {("旗草原行政主管部门", "旗人民政府")}


def test_sanction_imposed_by_a_named_body() -> None:
    graph = _doc(
        "第一条 苏木人民政府负责本辖区的草原防火工作。\n"
        "第二条 苏木人民政府未按规定落实防火责任的，由旗人民政府责令限期改正，并通报批评。\n"
        "第三条 嘎查村民委员会及其工作人员有下列行为之一的，由所在单位或者上级主管机关责令改正：\n"
        "（一）拒不执行扑火指令的。\n"
    )
    assert _holders(graph, 2) == {"t/旗人民政府"}  # the sanctioned body holds no duty here
    assert ("旗人民政府", "苏木人民政府") in edges(graph, "SUPERVISES")
    assert _holders(graph, 3) == {"t/嘎查村民委员会", "t/上级主管机关"}  # 所在单位 = its own unit
    assert ("上级主管机关", "嘎查村民委员会") in edges(graph, "SUPERVISES")
    assert "t/苏木人民政府" in {li.organ for li in graph.liabilities}


def test_sanctioned_condition_without_named_sanctioner() -> None:
    graph = _doc("第一条 旗人民政府、有关部门未依照本规定履行职责的，依法给予处分。\n")
    assert not graph.duties


def test_body_set_up_bears_the_next_clause() -> None:
    graph = _doc("第一条 旗人民政府应当设立草原监理机构，具体负责草原执法的日常工作。\n")
    duties = {d.text: {h.split("/")[1] for h in d.holders} for d in graph.duties}
    assert duties["具体负责草原执法的日常工作"] == {"草原监理机构"}


def test_law_enforcement_officers_are_overseen() -> None:
    graph = _doc(
        "第一条 旗林业主管部门应当对执法人员的执法情况进行考核。\n"
        "第二条 执法人员的执法证件应当随身携带。\n"
        "第三条 执法人员在执法活动中滥用职权的，依法给予处分。\n"
    )
    assert ("旗林业主管部门", "执法人员") in edges(graph, "SUPERVISES")
    assert not {d.article for d in graph.duties} & {2, 3}  # the thing owned, and the sanctioned, hold nothing


def test_level_prefixed_enumeration_gives_one_department_per_level_and_function() -> None:
    mentions = find_mentions("省、市林业、住房和城乡建设、交通运输和文旅等有关部门应当按照职责做好工作。", "provincial")
    assert [m.display for m in mentions] == [
        "省林业部门",
        "市林业部门",
        "省住房和城乡建设部门",
        "市住房和城乡建设部门",
        "省交通运输部门",
        "市交通运输部门",
        "省文旅部门",
        "市文旅部门",
    ]
    assert [m.level for m in mentions[:2]] == ["provincial", "municipal"]
    plain = find_mentions("市场监督管理、卫生健康等部门应当配合。", "provincial")
    assert [(m.display, m.level) for m in plain] == [("市场监督管理部门", None), ("卫生健康部门", None)]


def test_departments_named_by_the_duty_they_bear_are_one_collective() -> None:
    mentions = find_mentions("其他负有消防安全监督管理职责的部门应当配合。", "provincial")
    assert [(m.surface, m.fixed_name, m.collective) for m in mentions] == [
        ("其他负有消防安全监督管理职责的部门", "负有消防安全监督管理职责的部门", "有关")
    ]
    levelled = find_mentions("县级负有燃气安全监督管理职责的部门应当开展检查。", "provincial")
    assert [(m.display, m.level) for m in levelled] == [("县级负有燃气安全监督管理职责的部门", "county")]


def test_collective_department_is_part_of_the_collective_government_it_names() -> None:
    graph = _doc(
        "第一条 县级以上人民政府应当加强森林防火工作的领导。\n"
        "第二条 县级以上人民政府林业主管部门负责本行政区域内的森林防火监督管理工作。"
    )
    assert ("县级以上人民政府林业主管部门", "县级以上人民政府") in edges(graph, "PART_OF")
