"""Round 98 (jydd2): 督导 regulations — the team 督导小组, and appeals to the body that issued a paper."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

TITLE = "某市教育督导办法"
LEAD = "第五条 市教育督导机构负责本市的教育督导工作。\n"


def test_inspection_team_printed_xiaozu_is_an_organ() -> None:
    body = LEAD + "第九条 督导小组应当审核学校报送的材料，并形成督导意见。"
    graph = document(body, TITLE)
    assert "督导小组" in names(graph)


def test_appeal_to_the_body_that_issued_the_notice() -> None:
    body = LEAD + (
        "第十条 被督导单位对督导结果有异议的，可以在收到督导结果通知书之日起十日内，"
        # session 38 gate: 申请复查 is no README trigger; the issuing body is read on a printed 报告
        "向下达督导结果通知书的教育督导机构书面报告。"
    )
    graph = document(body, TITLE)
    assert ("被督导单位", "教育督导机构") in edges(graph, "REPORTS_TO")


def test_telling_someone_else_to_apply_still_gives_no_edge() -> None:
    body = LEAD + "第十一条 教育督导机构应当告知当事人向下达通知书的区人民政府申请复查。"
    graph = document(body, TITLE)
    assert ("教育督导机构", "区人民政府") not in edges(graph, "REPORTS_TO")
