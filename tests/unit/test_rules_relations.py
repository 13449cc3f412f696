"""Relation rules (oversight over lists, 本市 as duty holder, reports, assistance), each on a sentence
written for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph, Relation
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省森林防火条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def _edge(graph: DocumentGraph, rel_type: str, source: str, target: str) -> Relation:
    for relation in graph.relations:
        if relation.type == rel_type and relation.source == f"t/{source}" and relation.target == f"t/{target}":
            return relation
    raise AssertionError(f"no {rel_type} {source} → {target} in {edges(graph, rel_type)}")


def test_verb_list_acts_on_same_level_departments_and_lower_governments() -> None:
    graph = _doc(
        "第一条 省、市人民政府应当加强森林防火工作的领导。\n"
        "第二条 省、市林业主管部门应当指导、协调、监督本级人民政府有关部门和下级人民政府做好森林防火工作。\n"
    )
    for rel_type in ("GUIDES", "SUPERVISES"):
        assert ("省林业主管部门", "省人民政府有关部门") in edges(graph, rel_type)
        assert ("市林业主管部门", "市人民政府有关部门") in edges(graph, rel_type)
        lower = _edge(graph, rel_type, "省林业主管部门", "市人民政府")
        assert lower.implicit  # 下级: level arithmetic (genre rule 4)
    assert _edge(graph, "SUPERVISES", "市林业主管部门", "市人民政府有关部门").modes == ["监督"]


def test_zecheng_is_oversight_of_the_named_bodies() -> None:
    graph = _doc("第一条 县人民政府应当责成有关部门和单位限期排除火灾隐患。\n")
    relation = next(r for r in graph.relations if r.type == "SUPERVISES")
    assert relation.source == "t/县人民政府" and relation.modes == ["责成"]
    assert "有关部门" in relation.target


def test_pursuing_responsibility_needs_a_fronted_organ() -> None:
    graph = _doc("第一条 市人民政府对失职的县人民政府依法追究责任。\n第二条 县人民政府应当追究有关部门和人员的责任。\n")
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")
    assert not [r for r in graph.relations if r.type == "SUPERVISES" and r.article == 2]


def test_submission_for_consent_and_request_are_reports() -> None:
    graph = _doc(
        "第一条 乡镇人民政府应当编制扑火预案，报县人民政府同意后公布。\n"
        "第二条 市林业主管部门认为需要封山的，应当报请市人民政府决定。\n"
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert ("市林业主管部门", "市人民政府") in edges(graph, "REPORTS_TO")


def test_same_level_of_a_collective_is_the_collective() -> None:
    graph = _doc(
        "第一条 县级以上人民政府应当将森林防火经费列入预算。\n"
        "第二条 县级以上人民政府林业主管部门应当编制年度防火计划，报本级人民政府批准。\n"
    )
    assert edges(graph, "REPORTS_TO") == {("县级以上人民政府林业主管部门", "县级以上人民政府")}


def test_pledging_parties_report_to_the_body_they_sign_with() -> None:
    graph = _doc("第一条 县人民政府应当与乡镇人民政府、县林业主管部门签订森林防火目标责任书。\n")
    relation = _edge(graph, "REPORTS_TO", "乡镇人民政府", "县人民政府")
    assert relation.frequency == "once" and relation.what == "森林防火目标责任书"
    assert ("县林业主管部门", "县人民政府") in edges(graph, "REPORTS_TO")


def test_sending_results_to_a_body_is_a_report() -> None:
    graph = _doc("第一条 市林业主管部门应当及时组织火灾调查，并将调查结果报市人民政府。\n")
    assert ("市林业主管部门", "市人民政府") in edges(graph, "REPORTS_TO")


def test_fronted_object_before_a_strengthening_verb() -> None:
    graph = _doc("第一条 市人民政府对县人民政府的防火工作，应当加强监督。\n")
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")


def test_place_with_an_action_verb_stands_for_its_government() -> None:
    graph = _doc(
        "第一条 省人民政府应当加强对森林防火工作的领导。\n"
        "第二条 本省建立森林防火联防制度，对设区的市人民政府进行考核。\n"
        "第三条 本省实行森林防火责任制。\n"
    )
    duties = [d for d in graph.duties if d.article == 2]
    assert duties and all(d.holders == ["t/省人民政府"] for d in duties)
    assert ("省人民政府", "设区的市人民政府") in edges(graph, "SUPERVISES")
    assert not [d for d in graph.duties if d.article == 3]  # 实行: the regime in force, framework


def test_place_opening_an_encouragement_holds_no_duty() -> None:
    graph = _doc("第一条 本省推进护林队伍建设。本省鼓励社会组织参与森林防火，支持志愿者开展巡护。\n")
    duties = [d.text for d in graph.duties]
    assert duties == ["本省推进护林队伍建设"]


def test_qualified_subject_with_a_task_is_the_holder() -> None:
    graph = _doc(
        "第一条 县人民政府应当加强领导。\n第二条 有护林任务的乡镇人民政府应当制定巡山方案，报县人民政府备案。\n"
    )
    assert {h for d in graph.duties if d.article == 2 for h in d.holders} == {"t/乡镇人民政府"}
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")


def test_thing_submitted_for_consent_is_the_carried_holders_duty() -> None:
    graph = _doc(
        "第一条 县人民政府负责划定护林区。护林区的范围在公布前应当报市林业主管部门同意。"
        "护林区名录应当包括名称和面积。\n"
    )
    assert ("县人民政府", "市林业主管部门") in edges(graph, "REPORTS_TO")
    assert [d.text for d in graph.duties][-1] == "护林区的范围在公布前应当报市林业主管部门同意"


def test_agent_after_a_place_qualifier_and_level_words_of_a_thing() -> None:
    graph = _doc(
        "第一条 县级和乡级林区的规划由县林业主管部门编制，报县人民政府批准。\n"
        "第二条 跨县林区的规划由林区所在地的市林业主管部门编制。\n"
    )
    assert {h for d in graph.duties if d.article == 1 for h in d.holders} == {"t/县林业主管部门"}
    assert ("县林业主管部门", "县人民政府") in edges(graph, "REPORTS_TO")
    assert {h for d in graph.duties if d.article == 2 for h in d.holders} == {"t/市林业主管部门"}


def test_agent_with_a_joint_partner_reports_alone() -> None:
    graph = _doc("第一条 扑火补助办法由市林业主管部门会同市财政部门制定，报市人民政府批准。\n")
    assert edges(graph, "REPORTS_TO") == {("市林业主管部门", "市人民政府")}
    assert {h for d in graph.duties for h in d.holders} == {"t/市林业主管部门", "t/市财政部门"}


def test_same_level_seen_from_a_set_of_departments_of_several_levels() -> None:
    graph = _doc("第一条 林业主管部门负责森林防火的日常工作。\n第二条 有关部门应当将火情报告同级林业主管部门。\n")
    relation = _edge(graph, "REPORTS_TO", "有关部门", "林业主管部门")
    assert relation.what == "火情"


def test_no_oversight_edge_to_a_regulated_actor_but_assistance_is_kept() -> None:
    graph = _doc(
        "第一条 经营单位应当建立防火制度。\n"
        "第二条 县林业主管部门应当监督检查经营单位的防火工作，对经营单位的主要负责人进行约谈。\n"
        "第三条 物业服务企业应当配合本区域内的经营单位做好防火工作。\n"
    )
    assert not edges(graph, "SUPERVISES")
    assert ("物业服务企业", "经营单位") in edges(graph, "ASSISTS")


def test_local_government_seen_from_a_village_body_is_the_township() -> None:
    graph = _doc("第一条 乡镇人民政府负责本辖区的森林防火工作。\n第二条 村民委员会应当协助当地人民政府做好护林工作。\n")
    assert edges(graph, "ASSISTS") == {("村民委员会", "乡镇人民政府")}


def test_mutual_help_within_one_set_is_no_edge() -> None:
    graph = _doc("第一条 护林站应当与有关护林站相互协助。乡镇人民政府应当配合县人民政府做好扑救工作。\n")
    assert edges(graph, "ASSISTS") == {("乡镇人民政府", "县人民政府")}


def test_qualified_organ_before_a_modal_piece_is_its_subject() -> None:
    graph = _doc(
        "第一条 县人民政府负责组织扑火。\n"
        "第二条 县人民政府应当组织巡山；林区面积较小的乡镇人民政府，应当每年向县林业主管部门报告巡山情况。\n"
    )
    duties = [d for d in graph.duties if d.article == 2]
    assert duties[-1].text == "林区面积较小的乡镇人民政府，应当每年向县林业主管部门报告巡山情况"
    assert duties[-1].holders == ["t/乡镇人民政府"]
    assert _edge(graph, "REPORTS_TO", "乡镇人民政府", "县林业主管部门").frequency == "annual"


def test_place_that_encourages_others_then_acts_itself() -> None:
    graph = _doc(
        "第一条 省人民政府应当加强领导。\n"
        "第二条 本省鼓励林农组建护林队，推动护林设施建设，鼓励保险机构开发森林保险，支持社会组织参与巡护。\n"
    )
    assert [(d.text, d.holders) for d in graph.duties if d.article == 2] == [("推动护林设施建设", ["t/省人民政府"])]


def test_a_regulated_unit_pledges_to_the_authority() -> None:
    graph = _doc("第一条 经营单位应当与县林业主管部门签订防火责任书。\n")
    assert edges(graph, "REPORTS_TO") == {("经营单位", "县林业主管部门")}


def test_approval_words_need_a_submission() -> None:
    graph = _doc(
        "第一条 县林业主管部门作出封山决定的，应当向社会公告。\n第二条 县林业主管部门应当将封山方案报县人民政府审批。\n"
    )
    assert edges(graph, "REPORTS_TO") == {("县林业主管部门", "县人民政府")}


def test_agent_after_a_notice_is_no_object() -> None:
    graph = _doc("第一条 县林业主管部门对不属于本部门职责的，应当告知县公安机关予以查处。\n")
    assert not edges(graph, "SUPERVISES")


def test_verb_between_two_organs_is_not_part_of_a_name() -> None:
    graph = _doc(
        "第一条 县人民政府负责森林防火工作。\n"
        "第二条 县林业主管部门发现重大火灾隐患的，应当报请本级人民政府责令有关单位限期消除。\n"
    )
    assert ("县林业主管部门", "县人民政府") in edges(graph, "REPORTS_TO")
    assert not [o for o in graph.organs if "责令" in o.name]
