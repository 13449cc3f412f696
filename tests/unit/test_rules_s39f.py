"""Round 123 (roles named after their body): 其 after a list summed up by its 等 word (A、B等Z，其主要负责人)
stands for Z alone, so the role and its PART_OF are Z's, not each listed item's. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某防汛安全责任规定"


def test_a_role_after_a_summed_list_is_the_summary_s() -> None:
    graph = document(
        "第五条 水库、水电站、堤防以及闸站等水利工程管理单位，其主要负责人是本单位防汛安全第一责任人，"
        "应当制定防汛预案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "防汛安全第一责任人") == {"水利工程管理单位主要负责人"}
    assert ("水利工程管理单位主要负责人", "水利工程管理单位") in edges(graph, "PART_OF")
    assert not any(source.startswith("水库") for source, _ in edges(graph, "PART_OF"))
