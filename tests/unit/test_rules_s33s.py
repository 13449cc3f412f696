"""Round 106 (sanction clauses): a paragraph of its own opened by the offenders' staff after the offenders'
sentence and its items (X有下列情形之一的，由Y追究责任：（一）…。 then 对负有责任的领导人员和直接责任人员，由Z给予
处分) acts on the same offenders, as the ;-part of one sentence does; not where the article fined regulated
actors. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某工作责任制规定"


def test_a_staff_paragraph_after_the_items_sanctions_the_same_offenders() -> None:
    graph = document(
        "第二条 区水务局应当做好供水保障工作。\n\n"
        "第三条 区水务局有下列情形之一的，由区人民政府依规依纪依法追究责任：\n\n"
        "（一）不按时完成供水保障任务的；\n\n"
        "（二）隐瞒供水事故的。\n\n"
        "对负有责任的领导人员和直接责任人员，由任免机关或者监察机关依法给予处分。",
        _TITLE,
        chapter="法律责任",
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("区人民政府", "区水务局") in supervises
    assert ("任免机关", "区水务局") in supervises
    assert ("监察机关", "区水务局") in supervises


def test_a_staff_paragraph_after_a_fine_reaches_no_regulated_actor() -> None:
    graph = document(
        "第二条 供水企业有下列情形之一的，由区水务局责令改正，处一万元以上五万元以下罚款：\n\n"
        "（一）擅自停止供水的；\n\n"
        "（二）隐瞒供水事故的。\n\n"
        "对直接负责的主管人员和其他直接责任人员，由任免机关或者监察机关依法给予处分。",
        _TITLE,
        chapter="法律责任",
    )
    supervises = edges(graph, "SUPERVISES")
    assert not any(target == "供水企业" for _, target in supervises)
    assert not any(source in ("任免机关", "监察机关") for source, _ in supervises)
