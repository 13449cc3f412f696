"""Round 141 (REPORTS_TO senders and pairings). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from loaders.extract import _SUBMITTED
from tests.unit.rules_support import document, edges, holders_of_duty, surfaces

_TITLE = "某某市古树名木保护条例"


def test_sender_and_receiver_lists_pair_level_by_level() -> None:
    graph = document(
        "第二条 古树名木的养护标准由市或者区、县林业行政部门会同同级财政部门拟定，报市或者区、县人民政府批准后执行。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("市林业行政部门", "市人民政府") in reports
    assert ("区、县林业行政部门", "区、县人民政府") in reports
    assert ("市林业行政部门", "区、县人民政府") not in reports
    assert ("区、县林业行政部门", "市人民政府") not in reports


def test_a_submission_after_a_thing_subject_may_open_with_an_adverb_and_xiang() -> None:
    # 应当及时向X报告 after a thing subject: the carried holder's submission, as 应当及时报X
    assert _SUBMITTED.match("及时向区林业行政部门报告")
    assert _SUBMITTED.match("定期向区林业行政部门报告")
    assert _SUBMITTED.match("及时报区林业行政部门备案")


def test_a_submission_after_a_certifying_piece_is_the_certifiers() -> None:
    graph = document(
        "第二条 古树名木养护人经区林业行政部门认定，依照有关规定报市林业行政部门备案。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区林业行政部门", "市林业行政部门") in reports
    assert not any(source == "古树名木养护人" for source, _ in reports)


def test_a_review_before_a_submission_keeps_the_reading() -> None:
    # only 认定 has dev support (经X审核，报Y splits the annotations): no certifier is read from a review
    graph = document(
        "第二条 养护方案由区林业行政部门提出，经市财政部门审核后，报市人民政府批准。",
        _TITLE,
    )
    assert not any(source == "市财政部门" for source, _ in edges(graph, "REPORTS_TO"))


def test_a_mine_head_is_a_regulated_role() -> None:
    graph = document(
        "第二条 区林业行政部门应当对林场矿长进行考核。\n第三条 矿长应当定期向职工代表大会报告林区安全情况。",
        "某某市林区矿山安全条例",
    )
    assert holders_of_duty(graph, "定期向职工代表大会报告") == {"矿长"}
    assert ("矿长", "职工代表大会") in edges(graph, "REPORTS_TO")
    assert not any(target == "矿长" for _, target in edges(graph, "SUPERVISES"))
    assert "矿长资格证书" not in surfaces("取得矿长资格证书的人员")


def test_a_list_of_qualified_roles_before_a_comma_is_one_subject() -> None:
    graph = document(
        "第二条 林场的安全总监和经营单位的主要负责人，应当加强对护林工作的领导。",
        _TITLE,
    )
    assert holders_of_duty(graph, "加强对护林工作的领导") == {"安全总监", "经营单位主要负责人"}


def test_a_parallel_case_submission_after_the_receivers_own_act_is_the_senders() -> None:
    graph = document(
        "第二条 区园林绿化部门移植古树名木，胸径在一米以上的，应当报市园林绿化部门审批，"
        "市园林绿化部门应当在十日内作出决定；胸径在一米以下的，应当报区人民政府备案。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区园林绿化部门", "区人民政府") in reports
    assert ("市园林绿化部门", "区人民政府") not in reports
