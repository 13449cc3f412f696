"""Round 101 (kaohe): a government assessing a bare 有关部门 in its 对 list assesses its own departments."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_bare_departments_assessed_by_each_government_are_its_own() -> None:
    graph = document(
        "第一条 市、县人民政府应当对下一级人民政府、有关部门森林防火目标完成情况进行考核。",
        "某市森林防火责任制规定",
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市人民政府有关部门") in supervises
    assert ("县人民政府", "县人民政府有关部门") in supervises
    assert ("市人民政府", "有关部门") not in supervises


def test_bare_departments_listed_first_in_the_assessment() -> None:
    graph = document(
        "第一条 市人民政府应当每年对有关部门和县级人民政府森林防火目标完成情况进行考核。", "某市森林防火责任制规定"
    )
    assert ("市人民政府", "市人民政府有关部门") in edges(graph, "SUPERVISES")


def test_department_assessor_and_other_oversight_keep_the_bare_set() -> None:
    # a department's assessment, or a government's 监督检查, leave the bare collective as it is
    by_department = document("第一条 市林业主管部门应当对有关部门森林防火工作进行考核。", "某市森林防火责任制规定")
    assert ("市林业主管部门", "有关部门") in edges(by_department, "SUPERVISES")
    inspected = document("第一条 市人民政府应当对有关部门森林防火工作进行监督检查。", "某市森林防火责任制规定")
    assert ("市人民政府", "有关部门") in edges(inspected, "SUPERVISES")


def test_training_before_the_assessment_keeps_the_charged_staff() -> None:
    # 负责X的(业务)培训和年度考评: the acts and the 年度 modifier before the verb leave X its object
    graph = document("第一条 县林业局会同乡镇人民政府负责护林员的业务培训和年度考评。", "某县护林员管理办法")
    supervises = edges(graph, "SUPERVISES")
    assert ("县林业局", "护林员") in supervises
    assert ("乡镇人民政府", "护林员") in supervises
