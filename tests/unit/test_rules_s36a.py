"""Round 115 (missing organs across the dev set): the other leaders printed as 其他班子成员 / 其他分管负责人 after
a body's heads. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某县水库安全管理办法"


def test_the_other_members_of_the_leading_group_hold_their_duty() -> None:
    graph = document(
        "第三条 各级党委和政府主要负责人是本行政区域水库安全的第一责任人，其他班子成员按照一岗双责的要求，"
        "对分管领域内的水库安全工作负领导责任。",
        _TITLE,
    )
    assert any(name.endswith("其他班子成员") for name in holders_of_duty(graph, "一岗双责"))


def test_the_other_deputies_hold_their_duty() -> None:
    graph = document(
        "第四条 县人民政府主要负责人对水库安全工作负总责，分管水利工作的负责人协助主要负责人工作，"
        "其他分管负责人按照职责分工做好分管领域的水库安全工作。",
        _TITLE,
    )
    assert any(name.endswith("其他分管负责人") for name in holders_of_duty(graph, "按照职责分工"))
