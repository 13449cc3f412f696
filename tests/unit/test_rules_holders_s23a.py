"""Holder rules of round 44: a party read as no organ that objects and may seek review (当事人对…不服的，
可以申请复议) opens its liberty, no duty, and the holder carried from before does not reach it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty


def test_a_party_objecting_holds_no_duty_and_takes_no_carried_holder() -> None:
    graph = document(
        "第一条 市商务主管部门应当定期检查冷链仓储企业。冷链仓储企业对检查结果有异议的，可以向市人民政府申请复核，"
        "说明理由。对复核结果仍不服的，可以向省商务主管部门申诉。逾期未说明理由的，市商务主管部门终止复核。",
        "某市冷链仓储管理办法",
    )
    assert not [text for text in duty_texts(graph) if "异议" in text or "不服" in text or "说明理由。" in text]
    assert ("市商务主管部门", "市人民政府") not in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "终止复核") == {"市商务主管部门"}


def test_the_carried_holder_stays_for_the_next_part_and_organ_pieces() -> None:
    graph = document(
        "第一条 县文旅部门负责滑雪场的安全检查。滑雪教练对检查结论不服的，可以向县人民政府申请复查，"
        "由县人民政府在十日内答复；复查期间，县文旅部门应当暂停处理。",
        "某县滑雪场管理办法",
    )
    assert holders_of_duty(graph, "由县人民政府在十日内答复") == {"县人民政府"}
    assert holders_of_duty(graph, "暂停处理") == {"县文旅部门"}
    assert not [text for text in duty_texts(graph) if "不服" in text]


def test_an_organ_objecting_and_a_bare_objection_keep_their_duty() -> None:
    # an organ read before 对 holds its may-duty; 对…有异议的 with no party is the carried holder's again
    graph = document(
        "第一条 受检单位对检查结果有异议的，可以向市人民政府申请复核。\n"
        "第二条 市商务主管部门应当按月通报检查结果，对通报结果有异议的，可以向市人民政府说明。",
        "某市冷链仓储管理办法",
    )
    assert holders_of_duty(graph, "申请复核") == {"受检单位"}
    assert holders_of_duty(graph, "说明") == {"市商务主管部门"}


def test_an_organ_sanctioned_by_a_list_with_no_sanctioning_body_holds_no_duty() -> None:
    # X…有下列行为之一的，(对…)依法给予处分；构成犯罪的，…：: X is sanctioned, no body sanctions it in the
    # lead (nor in the piece before it that names X's work)
    graph = document(
        "第一条 市文旅部门负责滑雪场的安全监督。\n"
        "第二条 市文旅部门从事监督工作的人员有下列情形之一的，依法给予处分；构成犯罪的，依法追究刑事责任：\n"
        "（一）未按规定检查滑雪场的；\n（二）收受滑雪场财物的。\n"
        "第三条 县级以上人民政府文旅部门及其工作人员在滑雪场监督工作中，有下列行为之一的，"
        "对直接负责的主管人员依法给予处分：\n（一）隐瞒事故的；\n（二）拖延报告的。",
        "某市滑雪场管理办法",
        "法律责任",
    )
    assert duty_texts(graph) == ["市文旅部门负责滑雪场的安全监督"]
