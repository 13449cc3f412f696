"""REPORTS_TO rules of round 72: a company's assemblies (股东会, 股东大会) are organs a report goes to;
a time limit counted from a notice the applicant received (自收到…通知之日起…内) tells no one else to
apply; a case naming a report not made (…未经X批准的 / 未按照规定向X备案的) reports nothing.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_the_assemblies_of_a_company_are_report_targets() -> None:
    body = "第一条 供热企业主要负责人应当每半年向职工代表大会、股东会或者股东大会汇报一次供热安全工作。"
    reports = edges(document(body, "某市供热安全管理办法"), "REPORTS_TO")
    assert {("供热企业主要负责人", "股东会"), ("供热企业主要负责人", "股东大会")} <= reports


def test_a_deadline_from_a_received_notice_tells_no_one_else_to_apply() -> None:
    # session 38 gate: 申请复核 is no README trigger; the deadline piece is read on a printed 报告
    body = "第一条 区园林局对评估结论有异议的，可以自收到评估通知之日起二十日内向市园林局书面报告。"
    assert ("区园林局", "市园林局") in edges(document(body, "某市园林绿化条例"), "REPORTS_TO")


def test_telling_someone_else_to_apply_stays_no_report() -> None:
    body = "第一条 区园林局应当通知养护单位向市园林局申请复核。"
    assert ("区园林局", "市园林局") not in edges(document(body, "某市园林绿化条例"), "REPORTS_TO")


def test_an_offence_naming_an_approval_not_sought_is_no_report() -> None:
    body = "第一条 在绿地内搭建设施未经市园林局批准的，由区园林局责令限期拆除。"
    assert not edges(document(body, "某市园林绿化条例"), "REPORTS_TO")


def test_a_filing_not_made_is_no_report() -> None:
    body = "第一条 养护单位未按照规定向区园林局备案的，由市园林局责令改正。"
    assert not edges(document(body, "某市园林绿化条例"), "REPORTS_TO")


def test_a_required_approval_stays_a_report() -> None:
    body = "第一条 区园林局未经市园林局批准，不得调整绿地规划；调整方案应当报市园林局批准。"
    assert ("区园林局", "市园林局") in edges(document(body, "某市园林绿化条例"), "REPORTS_TO")


def test_a_ban_after_an_unapproved_case_keeps_the_report() -> None:
    # session 38 gate: 经X审查同意 is no README trigger; the unapproved case is read on 报经X审查同意
    body = "第一条 绿化方案未报经市园林局审查同意的，区园林局不得组织施工。"
    assert ("区园林局", "市园林局") in edges(document(body, "某市园林绿化条例"), "REPORTS_TO")
