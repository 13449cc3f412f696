"""Round 123 (s39d): SUPERVISES recall. 报请/提请Y予以通报批评: the body asked imposes the measure, the asker
only reports to it (dev: 11 of 12 documents printing the frame give Y the edge); sentences written for the tests
(none from the seeds or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保护管理条例"


def test_the_body_asked_to_censure_supervises_the_fronted_object() -> None:
    graph = document(
        "第九条 市湖泊管理机构应当每季度对各县（区）湖泊保护情况进行排名。"
        "市湖泊管理机构对排名靠后的县（区）人民政府，报请市人民政府予以通报批评。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县（区）人民政府") in supervises
    assert ("市湖泊管理机构", "县（区）人民政府") not in supervises  # the asker censures no one
    assert ("市湖泊管理机构", "市人民政府") in edges(graph, "REPORTS_TO")


def test_the_body_asked_to_order_acts_on_the_object_after_it() -> None:
    graph = document(
        "第十条 县（区）人民政府未按期完成整改的，由市湖泊管理机构提请市人民政府对该县（区）人民政府予以通报批评。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县（区）人民政府") in supervises
    assert ("市湖泊管理机构", "县（区）人民政府") not in supervises


def test_a_consent_asked_leaves_the_asker_acting() -> None:
    graph = document(
        "第十一条 市湖泊管理机构对排名靠后的县（区）人民政府，报请市人民政府同意后予以通报批评。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县（区）人民政府") not in supervises


def test_a_graded_part_asking_a_body_to_censure_keeps_the_sanctioned() -> None:
    graph = document(
        "第十二条 县（区）人民政府有下列行为之一的，由市湖泊管理机构责令改正；"
        "情节严重的，报请市人民政府予以通报批评：\n\n"
        "（一）拒不报送湖泊保护资料的；\n\n（二）阻碍监督检查的。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市湖泊管理机构", "县（区）人民政府") in supervises
    assert ("市人民政府", "县（区）人民政府") in supervises


def test_the_organiser_of_an_assessment_gets_an_implicit_edge() -> None:
    graph = document(
        "第十三条 市人民政府对县（区）人民政府湖泊保护目标完成情况进行年度考核，由市湖泊保护委员会办公室具体组织实施。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县（区）人民政府") in supervises
    assert ("市湖泊保护委员会办公室", "县（区）人民政府") in supervises
