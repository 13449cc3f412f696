"""Round 116 (national and provincial water regulations): the staff of unnamed violators only called 有关
(对有关责任人员，由其所在单位或者上级主管机关给予行政处分) name no role and no edge, while a qualified person
(对…负有直接责任的人员) stays a sanctioned role; a designation (X是本行政区域的T) makes a later level-qualified T
(市T) the designated body of that level. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某省湖泊管理条例"


def test_the_staff_of_unnamed_violators_only_called_youguan_are_no_role() -> None:
    graph = document(
        "第三十条 违反本条例规定，有下列行为之一的，县级以上人民政府湖泊主管机关除责令其停止违法行为外，可以并处罚款；"
        "对有关责任人员，由其所在单位或者上级主管机关给予行政处分：\n"
        "(一)在湖泊管理范围内堆放垃圾的；\n"
        "(二)汛期违反防汛指挥部的调度命令的。",
        _TITLE,
    )
    assert "责任人员" not in names(graph)
    assert not any(source in ("所在单位", "上级主管机关") for source, _ in edges(graph, "SUPERVISES"))
    assert not any(liability.organ.endswith("责任人员") for liability in graph.liabilities)
    assert holders_of_duty(graph, "给予行政处分") == {"所在单位", "上级主管机关"}


def test_a_qualified_sanctioned_person_stays_a_role() -> None:
    graph = document(
        "第三十一条 违反本条例规定，在湖泊内倾倒废渣的，由县级以上人民政府湖泊主管机关责令清除，处一万元以下罚款；"
        "对造成湖泊污染负有直接责任的人员，由其所在单位或者上级主管机关给予处分。",
        _TITLE,
    )
    assert ("所在单位", "负有直接责任的人员") in edges(graph, "SUPERVISES")


def test_a_level_qualified_designated_name_is_the_designated_body_of_that_level() -> None:
    graph = document(
        "第三条 市、县水行政主管部门是本行政区域的湖泊主管机关。\n"
        "第四条 县湖泊主管机关应当编制湖泊保护名录，报市湖泊主管机关备案。",
        "某市湖泊管理条例",
    )
    assert holders_of_duty(graph, "编制湖泊保护名录") == {"县水行政主管部门"}
    assert ("县水行政主管部门", "市水行政主管部门") in edges(graph, "REPORTS_TO")


def test_the_items_of_an_approved_activity_list_are_no_duties() -> None:
    graph = document(
        "第二十条 在湖泊管理范围内进行下列活动，必须报经湖泊主管机关批准；"
        "涉及其他部门的，由湖泊主管机关会同有关部门批准：\n"
        "(一)围网养殖、设置鱼簖；\n"
        "(二)在湖滩堆放物料或者搭建棚舍。",
        _TITLE,
    )
    assert not any("围网养殖" in text or "堆放物料" in text for text in duty_texts(graph))
