"""Round 92 (rpt): 报X + X's own act is a report to X; a report aimed at a body named by its act (约谈机关,
提出建议的机关) goes to the organ that did the act; 当X…时 opens a time clause, not a name."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

TITLE = "某市林业工作责任制规定"


def test_report_to_a_body_that_acts_on_it() -> None:
    # 报X核发 / 报X组织实施: X acts on what is submitted, so the submitter reports to X
    graph = document(
        "第一条 县林业主管部门应当审核申请材料，报县人民政府核发许可证。\n"
        "第二条 市水务局发现水源地受到污染的，应当提出治理方案，报市人民政府组织实施。",
        TITLE,
    )
    assert edges(graph, "REPORTS_TO") == {("县林业主管部门", "县人民政府"), ("市水务局", "市人民政府")}


def test_filling_in_a_form_is_no_report() -> None:
    # 填报X登记表: 报 ends 填报, the organ names the form
    graph = document("第一条 乡镇人民政府负责组织村民委员会填报村民委员会登记表。", TITLE)
    assert edges(graph, "REPORTS_TO") == set()


def test_feedback_to_the_proposing_bodies() -> None:
    # 反馈提出建议的机关: the bodies that made the proposal earlier in the article
    graph = document(
        "第三条 市审计局、市财政局应当对资金使用提出整改建议，并将建议书送达有关单位。"
        # session 38 gate: 反馈 is no README trigger; the proposing bodies are read on a printed 报告
        "有关单位应当在三十日内将整改情况书面报告提出建议的机关。",
        TITLE,
    )
    assert edges(graph, "REPORTS_TO") == {("有关单位", "市审计局"), ("有关单位", "市财政局")}


def test_proposer_carried_on_reports_to_no_one() -> None:
    # no reporter printed: the proposing bodies carried on are no reporter to themselves or each other
    graph = document(
        "第四条 市审计局、市财政局应当提出整改建议，并督促落实。应当在三十日内将整改情况书面反馈提出建议的机关。",
        TITLE,
    )
    assert edges(graph, "REPORTS_TO") == set()


def test_each_interviewed_body_reports_to_its_interviewer() -> None:
    # 书面报告约谈机关: each body interviewed reports to the body that interviewed it
    graph = document(
        "第五条 市人民政府可以约谈县人民政府；市水务局可以约谈县水务局。"
        "被约谈单位应当在二十日内制定整改方案，书面报告约谈机关。",
        TITLE,
    )
    assert edges(graph, "REPORTS_TO") == {("县人民政府", "市人民政府"), ("县水务局", "市水务局")}


def test_time_clause_opener_is_no_part_of_a_name() -> None:
    # 当检查组…时: the body is 检查组; the report after ； is the forestry department's (当地 stays a place)
    graph = document(
        "第一条 当检查组对处理意见不能取得一致时，市林业主管部门有权提出意见；仍有不同意见，报市人民政府裁决。"
        "当地人民政府应当予以配合。",
        TITLE,
    )
    assert "当检查组" not in names(graph)
    assert "当地人民政府" in names(graph)
    assert holder_names(graph, 1) >= {"市林业主管部门"}
    assert ("市林业主管部门", "市人民政府") in edges(graph, "REPORTS_TO")
