"""Round 108 (duty holders of 由X… clauses): the organs before 由 that only qualify the topic noun Y acts on
(X换届工作由Y组织, X及其职责由Y调整, X实施…的具体事项由Y确定). Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某市社区治理条例"


def test_an_organ_qualifying_the_topic_before_you_is_no_holder() -> None:
    graph = document(
        "第五条 区人民政府应当加强社区治理。第六条 村民小组长推选工作由乡镇人民政府组织和指导。",
        _TITLE,
    )
    assert holders_of_duty(graph, "推选工作") == {"乡镇人民政府"}


def test_an_organ_with_its_duties_before_you_is_no_holder() -> None:
    graph = document(
        "第五条 区人民政府应当加强社区治理。第六条 社区工作站及其职责由区人民政府根据需要调整。",
        _TITLE,
    )
    assert holders_of_duty(graph, "及其职责") == {"区人民政府"}


def test_an_organ_acting_in_its_own_piece_keeps_the_duty() -> None:
    graph = document(
        "第五条 区人民政府应当加强社区治理。第六条 街道办事处应当由专人负责社区档案管理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "社区档案") == {"街道办事处"}


def test_a_subordinate_body_after_suoshu_de_holds_the_duty() -> None:
    graph = document(
        "第五条 市人民政府应当加强社区治理。第六条 市民政部门所属的社区事务服务中心负责社区服务信息平台的日常运行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "日常运行") == {"社区事务服务中心"}


def test_a_subordinate_body_after_qi_suoshu_de_holds_the_duty() -> None:
    graph = document(
        "第五条 区民政部门主管本区社区服务工作，其所属的社区事务服务中心负责社区服务信息平台的日常运行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "日常运行") == {"社区事务服务中心"}


def test_a_body_and_its_subordinate_body_share_the_duty() -> None:
    graph = document(
        "第五条 市民政部门及其所属的社区事务服务中心应当做好社区服务信息平台的日常运行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "日常运行") == {"市民政部门", "社区事务服务中心"}


def test_a_bare_subordinate_body_of_several_owners_is_not_named_alone() -> None:
    graph = document(
        "第五条 区民政部门主管本区社区服务工作，其所属的社区事务服务中心负责社区服务信息平台的日常运行。"
        "第六条 市民政部门的社区事务服务中心应当做好全市社区服务的统计。",
        _TITLE,
    )
    assert "社区事务服务中心" not in holders_of_duty(graph, "日常运行")


def test_an_organ_qualifying_a_topic_piece_before_a_you_piece_is_no_holder() -> None:
    graph = document(
        "第五条 区人民政府应当加强社区治理。第六条 区级机关社区共建任务，由区民政部门统一安排。",
        _TITLE,
    )
    assert holders_of_duty(graph, "社区共建任务") == {"区民政部门"}


def test_an_organ_with_its_own_act_before_a_you_piece_keeps_its_piece() -> None:
    graph = document(
        "第五条 区人民政府应当加强社区治理。第六条 街道办事处负责组织社区共建，由区民政部门统一指导。",
        _TITLE,
    )
    assert "街道办事处" in holders_of_duty(graph, "组织社区共建")
