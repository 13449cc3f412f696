"""Relation and duty rules of session 12 for central regulations (条例 of the State Council and
departmental rules): 和其他有关部门, sanction conditions opened by 对, 本级 sanctioning bodies, 接到报告的X,
有权机关, 由X按照管理权限 and sanction packages. Every sentence is written for the test: none comes from
the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, short


def _doc(body: str, title: str = "草原防火条例") -> DocumentGraph:
    return document(body, title, chapter="总则")


def _duties(graph: DocumentGraph, article: int) -> list[str]:
    return [d.text for d in graph.duties if d.article == article]


def test_other_departments_join_the_subject_and_the_object() -> None:
    graph = _doc(
        "第一条 县级以上地方人民政府林业主管部门和其他有关部门应当做好草原防火宣传。\n"
        "第二条 村民委员会应当协助林业主管部门和其他有关部门做好火情巡查。\n"
    )
    assert holder_names(graph, 1) == {"县级以上地方人民政府林业主管部门", "有关部门"}
    targets = {target for source, target in edges(graph, "ASSISTS") if source == "村民委员会"}
    assert "有关部门" in targets
    assert len(targets) == 2  # the forestry department too, however the bare name resolves


def test_condition_opened_by_dui_is_sanctioned_not_a_duty() -> None:
    graph = _doc(
        "第一条 县级以上地方人民政府林业主管部门负责本行政区域的草原防火工作。\n"
        "第二条 县级以上地方人民政府林业主管部门对上级人民政府林业主管部门的检查不予配合的，"
        "对部门主要负责人依法给予处分。\n"
    )
    assert not _duties(graph, 2)
    assert not [r for r in graph.relations if r.article == 2 and r.type in ("SUPERVISES", "ASSISTS")]
    assert any(short(item.organ) == "县级以上地方人民政府林业主管部门" for item in graph.liabilities)


def test_own_level_sanctioning_body_is_the_sanctioned_body_government() -> None:
    graph = _doc(
        "第一条 县级以上各级人民政府林业主管部门负责草原火灾的预防工作。\n"
        "第二条 县级以上各级人民政府林业主管部门未履行防火职责的，由本级人民政府或者上级人民政府林业主管部门"
        "责令改正、通报批评。\n"
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("县级以上各级人民政府", "县级以上各级人民政府林业主管部门") in supervises
    assert holder_names(graph, 2) >= {"县级以上各级人民政府"}
    assert "政府" not in {short(o.id) for o in graph.organs}  # no unlevelled phantom government


def test_receiver_of_a_report_is_the_organ_reported_to() -> None:
    graph = _doc(
        "第一条 国务院林业主管部门负责全国草原防火工作。\n"
        "第二条 发现草原火情的单位应当立即向所在地县级人民政府林业主管部门报告；"
        "接到报告的林业主管部门应当立即向本级人民政府报告，并组织扑救。\n"
    )
    assert "县级人民政府林业主管部门" in holder_names(graph, 2)
    reports = edges(graph, "REPORTS_TO")
    assert ("县级人民政府林业主管部门", "县级人民政府") in reports
    assert not any(target == "国务院" for _, target in reports)


def test_authority_named_youquan_is_an_organ_not_a_right() -> None:
    graph = _doc(
        "第一条 县级以上地方人民政府林业主管部门负责本行政区域的草原防火工作。\n"
        "第二条 县级以上地方人民政府林业主管部门有下列情形之一的，由有权机关按照管理权限，"
        "对直接负责的主管人员依法给予处分：\n"
        "（一）未制定草原防火预案的；\n"
        "（二）未及时组织扑救的。\n"
    )
    assert holder_names(graph, 2) == {"有权机关"}
    assert ("有权机关", "县级以上地方人民政府林业主管部门") in edges(graph, "SUPERVISES")
    assert not any(text.startswith("县级以上") for text in _duties(graph, 2))  # the condition is no duty


def test_sanction_package_is_one_duty() -> None:
    graph = _doc(
        "第一条 县级以上地方人民政府林业主管部门负责本行政区域的草原防火工作。\n"
        "第二条 违反本条例规定，在草原防火期内野外用火的，由县级以上地方人民政府林业主管部门责令停止违法行为，"
        "采取补救措施，处二百元以上二千元以下罚款；情节严重的，处二千元以上一万元以下罚款，并没收用火工具。\n"
    )
    texts = _duties(graph, 2)
    assert len(texts) == 2
    assert texts[0].endswith("处二百元以上二千元以下罚款")
    assert texts[1].endswith("并没收用火工具")


def test_findings_duty_with_modal_is_no_package() -> None:
    graph = _doc("第一条 乡镇人民政府发现违法用火行为的，应当责令改正，并及时向县级人民政府林业主管部门报告。\n")
    assert len(_duties(graph, 1)) == 2
    assert ("乡镇人民政府", "县级人民政府林业主管部门") in edges(graph, "REPORTS_TO")


def test_own_level_agent_is_seen_from_the_carried_holder() -> None:
    graph = _doc(
        "第一条 县级以上人民政府应当建立草原防火约谈制度，"
        "对防火工作不力的本级有关部门，由本级人民政府约谈其主要负责人。\n"
    )
    assert holder_names(graph, 1) == {"县级以上人民政府"}
    assert "本级人民政府" not in {short(o.id) for o in graph.organs}


def test_unaddressed_cooperation_assists_the_acting_body_implicitly() -> None:
    graph = _doc(
        "第一条 县级以上人民政府审计机关应当对草原防火经费的使用情况进行审计，财政部门应当予以配合。\n"
        "第二条 财政部门负责草原防火经费的拨付。有关单位应当予以配合。\n"
    )
    cooperation = [r for r in graph.relations if r.type == "ASSISTS"]
    assert {(short(r.source), short(r.target), r.article) for r in cooperation} == {
        ("财政部门", "县级以上人民政府审计机关", 1)
    }
    assert all(r.implicit for r in cooperation)
