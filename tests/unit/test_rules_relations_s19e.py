"""Relation rules of session 23 (round e): …的，由Y依法给予处理 / 由Y给予批评教育 is Y's sanction of the
condition's bodies (as 予以处理); a department printed bare that the text names at two local levels answers
to the 同级/本级 government as a set of its own (no one level's government), and its 下级 likewise.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市山林巡护条例"


def test_a_sanction_given_as_handling_is_supervision() -> None:
    body = (
        "第一条 市林业主管部门负责山林巡护工作。\n"
        "第二条 市、县林业主管部门及其工作人员有下列行为之一的，由有权机关依法给予处理：\n"
        "（一）对盗伐林木不予查处的；\n"
        "（二）其他玩忽职守的行为。\n"
    )
    supervised = edges(document(body, _TITLE), "SUPERVISES")
    assert ("有权机关", "市林业主管部门") in supervised
    assert ("有权机关", "县林业主管部门") in supervised


def test_a_reprimand_by_a_named_body_is_supervision() -> None:
    body = (
        "第一条 乡镇人民政府负责本辖区山林巡护工作。\n"
        "第二条 护林员擅离巡护岗位的，由乡镇人民政府给予批评教育。\n"
        "第三条 在林区野外用火的，由县林业主管部门给予批评教育。\n"
    )
    graph = document(body, "某县山林巡护办法")
    supervised = edges(graph, "SUPERVISES")
    assert ("乡镇人民政府", "护林员") in supervised
    assert not any(source == "县林业主管部门" for source, _ in supervised)  # a public offender: no edge


def test_a_bare_department_of_two_levels_answers_to_the_same_level_set() -> None:
    body = (
        "第一条 市林业主管部门负责全市山林巡护的监督管理。县林业主管部门负责本县山林巡护工作。\n"
        "第二条 林业主管部门应当编制巡护规划，报同级人民政府批准后实施。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    assert ("林业主管部门", "同级人民政府") in reports
    assert ("林业主管部门", "市人民政府") not in reports


def test_a_bare_department_of_one_level_answers_to_that_government() -> None:
    body = (
        "第一条 市人民政府领导全市山林巡护工作。市林业主管部门负责全市山林巡护的监督管理。\n"
        "第二条 林业主管部门应当编制巡护规划，报本级人民政府批准后实施。\n"
    )
    # the bare department is an organ of its own at the document's level (round 30, resolve): a title that
    # names its city sets that level, and 本级人民政府 is the city's government
    reports = edges(document(body, "某某市山林巡护条例"), "REPORTS_TO")
    assert ("林业主管部门", "市人民政府") in reports
    assert not any(target == "本级人民政府" for _, target in reports)


def test_the_lower_governments_of_a_bare_department_of_two_levels_are_a_set() -> None:
    body = (
        "第一条 省、设区的市人民政府领导山林巡护工作。省林业主管部门负责全省山林巡护的监督管理。"
        "设区的市林业主管部门负责本市山林巡护工作。\n"
        "第二条 林业主管部门应当对下级人民政府山林巡护工作进行监督检查。\n"
    )
    supervised = edges(document(body, "某省山林巡护条例"), "SUPERVISES")
    assert ("林业主管部门", "下级人民政府") in supervised
    assert ("林业主管部门", "设区的市人民政府") not in supervised
