"""Duty segmentation rules of session 23 (round 45, duties): a penalty whose sanctioning body stands
in a clause of its own with only its authority (由Y依据职权，责令…，没收…，并处…罚款) is one sanction
package held by Y, and the agent's clause is no duty. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_an_agent_clause_with_its_authority_opens_one_sanction_package() -> None:
    body = (
        "第一条 违反本条例规定，在湖泊内擅自挖砂的，由区水行政主管部门或者湖泊管理机构依据职权，"
        "责令停止违法行为，没收违法所得，并处一万元以上五万元以下的罚款。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert duty_texts(graph) == ["责令停止违法行为，没收违法所得，并处一万元以上五万元以下的罚款"]
    assert holders_of_duty(graph, "责令停止") == {"区水行政主管部门", "湖泊管理机构"}


def test_the_package_ends_at_the_semicolon() -> None:
    body = (
        "第一条 在湖泊内倾倒垃圾的，由城市管理部门依据职权，责令清除，处五百元以上二千元以下的罚款；"
        "情节严重的，处二千元以上一万元以下的罚款。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert duty_texts(graph) == [
        "责令清除，处五百元以上二千元以下的罚款",
        "情节严重的，处二千元以上一万元以下的罚款",
    ]


def test_a_published_result_after_a_content_norm_is_the_assessors_duty() -> None:
    body = (
        "第一条 区人民政府应当每年对湖泊保护工作开展考核。考核内容应当包括水质改善和岸线整治等事项。"
        "考核结果向社会公布。\n"
    )
    graph = document(body, _TITLE)
    assert "考核结果向社会公布" in duty_texts(graph)
    assert holders_of_duty(graph, "考核结果") == {"区人民政府"}
    assert not any(text.startswith("考核内容") for text in duty_texts(graph))


def test_a_published_result_of_no_earlier_activity_is_no_duty() -> None:
    body = "第一条 区人民政府负责湖泊保护工作。监测方案应当包括水质等事项。检测结果向社会公布。\n"
    graph = document(body, _TITLE)
    assert not any(text.startswith("检测结果") for text in duty_texts(graph))


def test_the_body_that_lawfully_decided_the_fine_holds_the_daily_fine() -> None:
    body = (
        "第一条 排污单位违法排放养殖废水受到罚款处罚并被责令改正后拒不改正的，依法作出处罚决定的行政机关"
        "可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert holders_of_duty(graph, "按日连续处罚") == {"作出处罚决定的行政机关"}


def test_a_condition_opened_by_a_direction_phrase_names_the_sanctioned() -> None:
    body = (
        "第一条 排污单位向湖泊违法排放养殖废水受到罚款处罚并被责令改正后拒不改正的，依法作出处罚决定的行政机关"
        "可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。\n"
    )
    graph = document(body, _TITLE, "法律责任")
    assert holders_of_duty(graph, "按日连续处罚") == {"作出处罚决定的行政机关"}


def test_a_rule_piece_and_a_framed_and_piece_are_two_duties() -> None:
    body = (
        "第一条 湖泊管理机构应当按照统一标准监测入湖河道水质，并对监测数据的真实性负责。"
        "湖泊管理机构应当根据巡查记录清理网箱，并在清理完毕后五日内向区人民政府报告清理情况。\n"
    )
    graph = document(body, _TITLE)
    assert duty_texts(graph) == [
        "湖泊管理机构应当按照统一标准监测入湖河道水质",
        "并对监测数据的真实性负责",
        "湖泊管理机构应当根据巡查记录清理网箱",
        "并在清理完毕后五日内向区人民政府报告清理情况",
    ]


def test_a_rule_piece_before_a_plain_and_piece_stays_whole() -> None:
    body = "第一条 区人民政府应当根据评估结论调整湖泊保护名录，并向社会公布。\n"
    graph = document(body, _TITLE)
    assert duty_texts(graph) == ["区人民政府应当根据评估结论调整湖泊保护名录，并向社会公布"]
