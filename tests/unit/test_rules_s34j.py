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
