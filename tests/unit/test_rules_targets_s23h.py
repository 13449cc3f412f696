"""Round 45 (relative targets): 本级/同级人民政府 seen from a body of no one level is the relative
set as printed, or the spanning government set the document names."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, organ_named


def test_bare_department_named_at_one_level_reports_to_relative_set() -> None:
    # a bare department the text also prints at one level (市园林主管部门) is still of every level
    graph = document(
        "第一条 市、县（区）人民政府负责本行政区域内的绿地保护工作。\n"
        "第二条 市园林主管部门负责编制全市绿地规划。\n"
        "第三条 园林主管部门应当将绿地调整方案报本级人民政府批准。",
        "某市绿地保护条例",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("园林主管部门", "本级人民政府") in reports
    assert ("园林主管部门", "市人民政府") not in reports


def test_bare_department_not_put_under_a_government_set_it_is_never_printed_over() -> None:
    # 区以上人民政府 is named (划定), but the department is never printed over it
    graph = document(
        "第一条 市人民政府和区人民政府负责本行政区域内的堤防管理工作。\n"
        "第二条 堤防的管理范围由区以上人民政府划定。\n"
        "第三条 区堤防行政主管部门负责本区堤防的日常管理。\n"
        "第四条 堤防行政主管部门报经同级人民政府批准后，责令产权单位限期拆除阻水设施。",
        "某市堤防管理条例",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("堤防行政主管部门", "同级人民政府") in reports
    assert ("堤防行政主管部门", "区以上人民政府") not in reports


def test_document_wide_set_of_departments_answers_to_relative_set() -> None:
    graph = document(
        "第一条 市人民政府和区人民政府负责本行政区域内的市容执法协作工作。\n"
        "第二条 有关行政管理部门拒不履行执法协作职责的，由本级人民政府责令改正。",
        "某市市容执法协作规定",
    )
    assert ("本级人民政府", "有关行政管理部门") in edges(graph, "SUPERVISES")


def test_units_of_no_government_tier_report_to_relative_set() -> None:
    graph = document(
        "第一条 市、区县人民政府负责本行政区域内的目标管理工作。\n"
        "第二条 目标责任单位调整年度目标的，应当报本级人民政府批准。",
        "某市目标管理办法",
    )
    assert ("目标责任单位", "本级人民政府") in edges(graph, "REPORTS_TO")
    assert organ_named(graph, "本级人民政府").level != "social"
