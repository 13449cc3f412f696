"""REPORTS_TO, third pass (round 76): the assessing body sends its result, items under a modal lead on
how reports are sent, and a modal inside a verb's object."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

TITLE = "某市护林责任办法"


def test_result_sent_by_the_assessing_body_not_the_participants() -> None:
    body = (
        "第五条 市林业局每年对县人民政府护林工作进行考核，考核工作由市林业局办公室具体组织，市财政局参与。"
        "考核结果报市人民政府审定后通报。\n"
    )
    assert edges(document(body, TITLE), "REPORTS_TO") == {("市林业局", "市人民政府")}


def test_result_sent_by_the_organiser_when_the_assessor_receives_it() -> None:
    body = (
        "第五条 市人民政府每年对县人民政府护林工作进行考核。考核工作由市护林领导小组组织，市财政局配合。"
        "考核结果经市人民政府审定后，报省林业局备案。\n"
    )
    assert edges(document(body, TITLE), "REPORTS_TO") == {
        ("市护林领导小组", "市人民政府"),
        ("市护林领导小组", "省林业局"),
    }


def test_items_under_a_modal_report_lead_send_with_no_modal() -> None:
    body = (
        "第五条 每年三月底前应将上年度的护林情况按以下规定报送：\n\n"
        "（一）县林业局向市林业局报送；\n\n（二）乡镇人民政府向县人民政府报送。\n"
    )
    assert edges(document(body, TITLE), "REPORTS_TO") == {("县林业局", "市林业局"), ("乡镇人民政府", "县人民政府")}


def test_modal_inside_the_object_keeps_the_carried_holder() -> None:
    body = "第五条 县林业局应当组织护林员开展巡护；依法确定应当补植的林地，并报县人民政府批准。\n"
    assert edges(document(body, "某县护林办法"), "REPORTS_TO") == {("县林业局", "县人民政府")}
