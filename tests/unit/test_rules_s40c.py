"""Round 126 (REPORTS_TO and relative targets): a relative collective printed once as 共同的上一级X (the
common superior of two parties) is still a set named only by relative words, so 县级以上X报上一级Y gives
the edge to it. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某省抗风条例"


def test_a_common_superior_print_keeps_the_relative_set_a_target() -> None:
    graph = document(
        "第五条 县级以上地方人民政府防风指挥机构应当编制防风预案，报上一级人民政府防风指挥机构备案。"
        "第六条 跨行政区域的防风措施，由县级以上地方人民政府防风指挥机构报共同的上一级人民政府防风指挥机构批准。",
        _TITLE,
    )
    targets = {target for source, target in edges(graph, "REPORTS_TO") if source == "县级以上地方人民政府防风指挥机构"}
    assert targets and all(target.endswith("上一级人民政府防风指挥机构") for target in targets)
