"""Round 124 (PART_OF ties of halves to their joint bodies): a village committee printed alone as a body
(指导村民委员会…, 由居民委员会…) sits in the joint 居民委员会、村民委员会 the document also names, whatever kind
its name is read as; printed only before its post (村民委员会主任) it gets no such tie. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某县农村饮水安全管理办法"


def test_a_village_committee_printed_alone_sits_in_the_joint_committee() -> None:
    graph = document(
        "第三条 居民委员会、村民委员会应当协助做好饮水安全宣传工作，按月报告供水情况。"
        "第四条 乡镇人民政府应当指导村民委员会建设，村民委员会应当组织村民巡查供水设施。",
        _TITLE,
    )
    assert ("村民委员会", "居民委员会、村民委员会") in edges(graph, "PART_OF")


def test_a_residents_committee_acting_alone_sits_in_the_joint_committee() -> None:
    graph = document(
        "第三条 居民委员会、村民委员会应当协助做好饮水安全宣传工作。"
        "第四条 城镇居民的用水登记，由居民委员会统计，向街道办事处报告。",
        _TITLE,
    )
    assert ("居民委员会", "居民委员会、村民委员会") in edges(graph, "PART_OF")


def test_a_committee_printed_only_before_its_post_gets_no_joint_tie() -> None:
    graph = document(
        "第三条 社区居民委员会、村民委员会应当协助做好饮水安全宣传工作。"
        "第四条 社区居民委员会主任、村民委员会主任对本社区（村）饮水安全工作负责。",
        _TITLE,
    )
    assert ("村民委员会", "社区居民委员会、村民委员会") not in edges(graph, "PART_OF")
    assert ("社区居民委员会", "社区居民委员会、村民委员会") not in edges(graph, "PART_OF")
