"""Task-line rules of session 19 (round h): in a 分工方案 a line after a task (（N）…) such as
牵头单位：A；配合单位：B、C or 责任单位：… is no duty; each 配合单位 assists each 牵头单位 of the same line; the
task's subjectless clauses are held by every unit the line lists, a clause with its own subject keeps it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某省农村人居环境整治重点任务分工方案"
_PLAN = (
    "第一条 全面推进农村人居环境整治。\n"
    "（一）推进农村厕所改造。因地制宜选择改厕模式，每年开展一次改厕质量抽查。\n"
    "牵头单位：省农业农村厅；配合单位：省卫生健康委、省住房城乡建设厅\n"
    "（二）加强生活垃圾治理。省住房城乡建设厅负责建立垃圾收运处置体系。完善保洁员队伍。\n"
    "责任单位：省住房城乡建设厅、省生态环境厅\n"
)


def test_a_task_line_is_no_duty() -> None:
    graph = document(_PLAN, _TITLE)
    assert not any("单位：" in d.text or "单位:" in d.text for d in graph.duties)
    assert not any(d.text.startswith("推进农村厕所改造") for d in graph.duties)  # the task's title


def test_each_helper_unit_assists_each_lead_unit_of_its_line() -> None:
    graph = document(_PLAN, _TITLE)
    assists = edges(graph, "ASSISTS")
    assert assists == {("省卫生健康委", "省农业农村厅"), ("省住房城乡建设厅", "省农业农村厅")}
    line = next(r for r in graph.relations if r.type == "ASSISTS")
    assert line.evidence.startswith("牵头单位") and not line.implicit


def test_the_units_of_the_line_hold_the_subjectless_clauses_of_their_task() -> None:
    graph = document(_PLAN, _TITLE)
    assert holders_of_duty(graph, "选择改厕模式") == {"省农业农村厅", "省卫生健康委", "省住房城乡建设厅"}


def test_a_task_clause_with_its_own_subject_keeps_it() -> None:
    graph = document(_PLAN, _TITLE)
    assert holders_of_duty(graph, "垃圾收运处置体系") == {"省住房城乡建设厅"}
    assert holders_of_duty(graph, "保洁员队伍") == {"省住房城乡建设厅"}  # carried from its own task


_FOREST = "第一条 省林业局负责全省古树名木保护的监督管理。\n"


def test_the_bodies_criticised_by_name_report_back() -> None:
    # 被通报批评的人民政府: the bodies the article's 通报批评 acted on, each reporting for itself
    graph = document(
        _FOREST + "第二条 省林业局应当对市、县人民政府古树名木保护工作开展督察；对保护不力的市、县人民政府，"
        "省林业局应当予以通报批评。被通报批评的人民政府应当在三十日内向省林业局书面报告整改情况。\n",
        "某省古树名木保护条例",
    )
    assert {("市人民政府", "省林业局"), ("县人民政府", "省林业局")} <= edges(graph, "REPORTS_TO")


def test_the_bodies_inspected_report_back_but_a_condition_on_them_is_no_duty() -> None:
    graph = document(
        _FOREST + "第二条 省林业局可以对县人民政府古树名木保护工作开展督察。被督察的人民政府应当如实报告整改情况。\n"
        "第三条 省林业局可以对县人民政府开展督察。被督察的人民政府违反本条例规定的，由省林业局责令改正。\n",
        "某省古树名木保护条例",
    )
    assert holders_of_duty(graph, "如实报告整改情况") == {"县人民政府"}
    assert not any(d.text.startswith("被督察的人民政府违反") and "由" not in d.text for d in graph.duties)
