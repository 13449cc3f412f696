"""Relation rules of session 22 (round ah, r40): 由Y报(请)X责令拆除/关闭 is a submission to X (read as
提请, REPORTS_TO Y → X) and X, the body that orders the sanction, holds the clause with Y; the 同级
government of a bare department the text spreads 各级 over (各级人民政府和X部门) is not the 各级 set.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "洛川市湖泊保护条例"


def test_report_for_an_order_is_a_submission() -> None:
    body = (
        "第一条 违反本条例规定，在湖区擅自搭建鱼棚的，由市农业农村主管部门责令停止违法行为；"
        "拒不停止的，处一万元以上五万元以下的罚款，并报同级人民政府责令拆除。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    targets = {t for s, t in edges(graph, "REPORTS_TO") if s == "市农业农村主管部门"}
    assert len(targets) == 1
    assert holders_of_duty(graph, "责令拆除") == {"市农业农村主管部门", *targets}


def test_asking_government_to_order_makes_it_a_joint_holder() -> None:
    body = "第一条 违反本条例规定，在湖区新建码头的，由市交通运输主管部门报请本级人民政府责令限期拆除。\n"
    graph = document(body, _TITLE, "法律责任")
    targets = {t for s, t in edges(graph, "REPORTS_TO") if s == "市交通运输主管部门"}
    assert len(targets) == 1
    assert holders_of_duty(graph, "责令限期拆除") == {"市交通运输主管部门", *targets}


def test_approval_before_the_order_keeps_the_reporter_alone() -> None:
    # 报X批准，责令…: X approves, the reporter orders (no joint holder)
    body = "第一条 违反本条例规定，向湖区排放污水的，由市生态环境主管部门报本级人民政府批准，责令停业、关闭。\n"
    graph = document(body, _TITLE, "法律责任")
    assert holders_of_duty(graph, "报本级人民政府批准") == {"市生态环境主管部门"}


def test_informing_a_body_is_no_request_to_order() -> None:
    body = "第一条 市水务主管部门发现违法行为的，应当通报市城市管理主管部门责令改正。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "通报") == {"市水务主管部门"}


def test_same_level_government_of_a_bare_department_named_under_every_level() -> None:
    body = (
        "第一条 水务主管部门负责湖泊的保护管理。\n"
        "第二条 市水务主管部门负责编制湖泊保护规划。区水务主管部门负责湖泊的日常巡查。\n"
        "第三条 违反本条例规定的，由水务主管部门报同级人民政府责令限期拆除。\n"
        "第四条 各级人民政府和水务主管部门的工作人员玩忽职守的，依法给予处分。\n"
    )
    graph = document(body, _TITLE)
    targets = {t for s, t in edges(graph, "REPORTS_TO") if s == "水务主管部门"}
    assert targets and "各级人民政府" not in targets
