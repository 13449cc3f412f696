"""Round 113 (congress-procedure genre): a document on the sessions of one levelled people's congress calls
its presidium 主席团 and the congress 大会 with no (以下简称) of its own; a time piece (X举行会议的时候，
X闭会期间，) names no holder of the clause or duty list after it; 不是X组成人员的Y after a time piece is Y's.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某县乡镇人民代表大会议事规则"
_OPENING = "第一条 乡镇人民代表大会主席团负责筹备会议。乡镇人民代表大会代表应当联系选民。\n"


def test_the_bare_presidium_and_congress_refer_back_to_the_printed_ones() -> None:
    graph = document(_OPENING + "第二条 选举办法草案由主席团拟定后，由主席团提请大会审议。", _TITLE)
    assert holders_of_duty(graph, "提请大会审议") == {"乡镇人民代表大会主席团"}
    assert ("乡镇人民代表大会主席团", "乡镇人民代表大会") in edges(graph, "REPORTS_TO")


def test_no_short_forms_without_a_printed_presidium() -> None:
    graph = document("第二条 职工代表大会由工会组织。企业应当向大会报告工作。", "某市企业民主管理规定")
    assert all(o.name != "大会" for o in graph.organs)


def test_a_session_time_piece_leaves_the_holder_to_the_piece_after_it() -> None:
    graph = document(_OPENING + "第二条 乡镇人民代表大会举行会议的时候，主席团可以提出议案。", _TITLE)
    assert holders_of_duty(graph, "可以提出议案") == {"乡镇人民代表大会主席团"}


def test_a_duty_list_titled_after_a_recess_piece_is_the_presidiums() -> None:
    graph = document(
        _OPENING
        + "第二条 乡镇人民代表大会闭会期间，主席团的职责是：\n（一）监督本级人民政府的工作；\n（二）联系代表。",
        _TITLE,
    )
    assert holders_of_duty(graph, "监督本级人民政府") == {"乡镇人民代表大会主席团"}
    assert ("乡镇人民代表大会主席团", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_a_negated_membership_after_a_time_piece_qualifies_the_subject() -> None:
    graph = document(
        "第二条 区人民政府举行会议时，不是区人民政府组成人员的街道办事处主任应当列席会议。", "某区街道工作条例"
    )
    assert holders_of_duty(graph, "应当列席会议") == {"街道办事处主任"}


def test_a_comma_between_two_post_lists_keeps_one_object_list() -> None:
    graph = document(
        "第二条 乡镇人民代表大会行使下列职权：\n（一）罢免本级人民代表大会主席、副主席，乡长、副乡长，镇长、副镇长；"
        "\n（二）审查和批准本级预算。",
        _TITLE,
    )
    texts = [d.text for d in graph.duties]
    assert "（一）罢免本级人民代表大会主席、副主席，乡长、副乡长，镇长、副镇长" in texts
    assert not any(t.startswith(("乡长", "镇长")) for t in texts)


def test_hearing_and_examining_a_work_report_is_a_reversed_report() -> None:
    graph = document(
        _OPENING + "第二条 乡镇人民代表大会听取和审查本级人民政府的工作报告，听取和讨论主席团的工作报告。", _TITLE
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("乡镇人民政府", "乡镇人民代表大会") in reports
    assert ("乡镇人民代表大会主席团", "乡镇人民代表大会") in reports


def test_a_motion_put_to_the_congress_is_no_report_under_the_gate() -> None:
    graph = document("第二条 乡镇人民政府可以向本级人民代表大会提出属于其职权范围内的议案。", _TITLE)
    # session 38 gate: 提出议案 is no README trigger
    assert ("乡镇人民政府", "乡镇人民代表大会") not in edges(graph, "REPORTS_TO")


def test_two_subject_lists_parted_by_a_comma_after_a_time_piece_share_the_modal() -> None:
    graph = document(
        _OPENING + "第二条 乡镇人民代表大会举行会议时，主席团，乡镇人民政府可以向本级人民代表大会提出议案。", _TITLE
    )
    assert holders_of_duty(graph, "提出议案") == {"乡镇人民代表大会主席团", "乡镇人民政府"}


def test_deputies_moving_jointly_are_the_congress_deputies() -> None:
    graph = document(_OPENING + "第二条 代表三人以上联名可以向乡镇人民代表大会提出议案。", _TITLE)
    assert holders_of_duty(graph, "联名可以") == {"乡镇人民代表大会代表"}
    # session 38 gate: 提出议案 is no README trigger
    assert ("乡镇人民代表大会代表", "乡镇人民代表大会") not in edges(graph, "REPORTS_TO")


def test_the_bare_deputies_word_elsewhere_is_no_deputies_node() -> None:
    graph = document(_OPENING + "第二条 主席团应当向当选的代表颁发代表证书。", _TITLE)
    assert holders_of_duty(graph, "代表证书") == {"乡镇人民代表大会主席团"}
