"""Round 123 (REPORTS_TO under the convention gate): a member set printed with no level word reports to the
office of every tier. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某自治区田长制规定"


def test_a_member_set_printed_without_a_level_reports_to_the_bare_office() -> None:
    graph = document(
        "第三条 自治区、市、县人民政府设立田长制办公室。各级田长制办公室负责田长制的日常工作。"
        "第四条 农业农村、自然资源、水利等部门为本级田长制成员单位，按照职责分工开展工作。"
        "第五条 成员单位应当每季度向本级田长制办公室报送耕地保护工作进展情况。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert any(source.endswith("成员单位") and target == "田长制办公室" for source, target in reports), reports


def test_an_interviewed_bare_level_word_is_the_pair_interviewed() -> None:
    graph = document(
        "第九条 县（市）有下列情形之一的，市应急管理局可以约谈该县（市）人民政府分管负责人，必要时由市长约谈"
        "县（市）党委和政府主要负责人：\n\n（一）发生较大生产安全事故的；\n\n（二）未完成年度目标的。\n\n"
        "被约谈的县（市）应当在十日内制定整改方案，报市应急管理局备案。",
        "某某市安全生产约谈规定",
    )
    assert edges(graph, "REPORTS_TO") == {("县（市）党委和政府", "市应急管理局")}


def test_an_interviewed_bare_level_word_without_a_pair_is_each_body_of_the_level() -> None:
    graph = document(
        "第九条 街道有下列情形之一的，区城市管理委员会可以约谈街道办事处主要负责人：\n\n"
        "（一）市容考核不合格的；\n\n（二）群众投诉集中的。\n\n"
        "被约谈的街道应当在十五日内提出整改措施，报区城市管理委员会备案。",
        "某某区市容约谈规定",
    )
    assert ("街道办事处", "区城市管理委员会") in edges(graph, "REPORTS_TO")
