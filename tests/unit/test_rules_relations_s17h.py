"""Relation rules of session 17 (round h), found on documents written in the seeds' genre and on the weakest dev
documents: a body named without a level that the document also names over 各级 (or over a 地方 set and at the
centre) reports to the 各级 government pair as its 本级 one, the pair printed 党委、政府 or 党委和政府 alike; and
反馈 to the body that assigned a matter (反馈交办的X / 向交办的X反馈) is a report to it, 反馈 to anyone else none.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short


def test_a_body_named_over_every_level_reports_to_the_every_level_pair() -> None:
    graph = document(
        "第一条 各级党委和政府对本地区耕地保护负总责。各级田长制办公室承担田长制日常工作。\n"
        "第二条 田长制办公室应当定期向本级党委、政府报告田长制工作情况。\n",
        "某省田长制规定",
    )
    assert edges(graph, "REPORTS_TO") == {("田长制办公室", "各级党委和政府")}


def test_a_body_named_at_the_centre_and_over_the_local_levels_reports_to_every_level() -> None:
    graph = document(
        "第一条 各级党委和政府对本地区耕地保护负总责。中央耕地保护联席会议负责统筹全国耕地保护工作。"
        "地方各级耕地保护联席会议负责本地区耕地保护工作。\n"
        "第二条 耕地保护联席会议应当及时向本级党委和政府报告重要情况。\n",
        "耕地保护工作条例",
    )
    assert ("耕地保护联席会议", "各级党委和政府") in edges(graph, "REPORTS_TO")


def test_a_post_seen_from_a_body_named_over_every_level_keeps_its_own_set() -> None:
    graph = document(
        "第一条 各级河长负责本区域河湖管理。县级及以上河长负责组织考核。各级河长制办公室承担日常工作。\n"
        "第二条 河长制办公室应当定期向本级河长报告工作进展。\n",
        "某省河长制规定",
    )
    assert edges(graph, "REPORTS_TO") == {("河长制办公室", "县级及以上河长")}


def test_feedback_to_the_assigning_body_is_no_report_under_the_gate() -> None:
    graph = document(
        "第一条 各级田长制办公室对巡田发现的问题实行清单管理，交有关部门限期办理。"
        "有关部门应当按期办结，并将办理结果反馈交办的田长制办公室。\n"
        "第二条 有关部门应当在规定时限内办理，并向交办的田长制办公室反馈办理结果。\n",
        "某省田长制规定",
    )
    # session 38 gate: 反馈 is no README trigger
    assert not {("有关部门", "田长制办公室", 1), ("有关部门", "田长制办公室", 2)} & set(_reports(graph))


def test_feedback_to_an_inspected_body_is_no_report() -> None:
    graph = document("第一条 县级督导机构应当向被督导的乡镇人民政府反馈督导意见。\n", "某县教育督导办法")
    assert not edges(graph, "REPORTS_TO")


def _reports(graph: DocumentGraph) -> list[tuple[str, str, int]]:
    """REPORTS_TO edges with the article each is read in."""
    return [(short(r.source), short(r.target), r.article) for r in graph.relations if r.type == "REPORTS_TO"]
