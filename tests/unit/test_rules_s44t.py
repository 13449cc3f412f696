"""Round 139 (organs a department holds, printed as X所属的Y): a weather station (台站) is a body of the state of
its own, so X主管机构所属的气象台站 holds its clause and sits in X. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某市防御冰雹灾害办法"


def test_a_station_of_a_weather_authority_holds_its_own_clause() -> None:
    graph = document(
        "第六条 市、县气象主管机构负责本行政区域冰雹防御的气象服务工作。\n"
        "第七条 冰雹预警信息由市气象主管机构所属的气象台站及时发布。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "冰雹预警信息由")
    assert any("台站" in holder for holder in holders), holders
    assert not any(holder.endswith("气象主管机构") for holder in holders), holders
    assert any("台站" in part and whole.endswith("气象主管机构") for part, whole in edges(graph, "PART_OF"))
