"""Relation rules of session 27 (round e): 向X申诉 is an appeal to X, a report like 申请复核 from a body the
sentence names (a citizen's appeal gives no edge); a short 作出…的 / 设立…的 qualifier between 向 and the
organ (向作出决定的X申请复查), or the place of a short noun (报送工程所在地的X备案), still names the
addressee X. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市山林巡护条例"
_LEVELS = "第一条 市人民政府领导全市山林巡护工作。市林业主管部门负责全市山林巡护的日常工作。\n"


def test_an_appeal_to_a_body_is_no_report_under_the_gate() -> None:
    body = _LEVELS + (
        "第二条 巡护服务机构对考评结果仍有异议的，可以向市人民政府申诉。"
        "公民对处理决定不服的，可以向市林业主管部门提出申诉。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    # session 38 gate: 申诉 is no README trigger
    assert ("巡护服务机构", "市人民政府") not in reports
    assert not any(target == "市林业主管部门" for _, target in reports)  # a citizen: no organ


def test_an_act_qualifier_before_the_addressee_keeps_the_report() -> None:
    # session 38 gate: 申请复查 is no README trigger; the qualifier is read on a printed 报告
    body = _LEVELS + ("第二条 巡护服务机构对考评结论有异议的，可以向作出考评结论的市林业主管部门书面报告。\n")
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    assert ("巡护服务机构", "市林业主管部门") in reports


def test_a_place_qualifier_before_the_addressee_keeps_the_report() -> None:
    body = _LEVELS + (
        "第二条 巡护服务机构应当将年度巡护方案报送林区所在地的市林业主管部门备案；"
        "发现山火的，应当立即报告林场所在地市人民政府。\n"
    )
    reports = edges(document(body, _TITLE), "REPORTS_TO")
    assert ("巡护服务机构", "市林业主管部门") in reports
    assert ("巡护服务机构", "市人民政府") in reports
