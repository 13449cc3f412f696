"""PART_OF rules of session 14 (a spanning government in its spanning pair, a 盟-type government in the
pair that prints its place, a level-less role after a spanning collective), each on sentences written
for the test: none comes from the seeds or the development set."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省耕地保护责任制办法") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_spanning_government_sits_in_the_pair_of_the_same_span() -> None:
    graph = _doc(
        "第一条 地方各级党委和政府对本地区耕地保护负总责。\n第二条 地方各级政府应当组织编制耕地保护规划，并监督实施。\n"
        # round 98: the pair printed again (a pair printed once only states 党政同责, test_rules_s30y)
        "第三条 地方各级党委和政府应当每年听取耕地保护工作汇报。\n"
    )
    assert ("地方各级政府", "地方各级党委和政府") in edges(graph, "PART_OF")


def test_spanning_government_without_its_pair_has_no_part_of() -> None:
    graph = _doc("第一条 地方各级政府应当组织编制耕地保护规划。\n")
    assert not {e for e in edges(graph, "PART_OF") if e[0] == "地方各级政府"}


def test_role_after_a_spanning_pair_belongs_to_that_pair() -> None:
    graph = _doc(
        "第一条 各级党委和政府应当把耕地保护纳入考核。党委和政府主要负责人是本地区耕地保护第一责任人，"
        "领导班子其他成员对分管领域的耕地保护负领导责任。\n"
    )
    part_of = {t for s, t in edges(graph, "PART_OF") if "负责人" in s or "成员" in s}
    assert part_of == {"各级党委和政府"}


def test_role_in_an_article_with_no_spanning_body_keeps_its_level_body() -> None:
    graph = _doc("第一条 省委、省政府主要负责人对全省耕地保护负总责，应当每年听取专题汇报。\n")
    assert ("省委、省政府主要负责人", "省委、省政府") in edges(graph, "PART_OF")


def test_league_office_sits_in_the_pair_that_prints_its_place() -> None:
    graph = _doc(
        "第一条 盟委、行政公署和设区的市党委、人民政府（以下统称盟市党委和政府）应当加强本地区草原保护工作。\n"
        "第二条 盟行政公署应当组织开展草原资源普查。\n",
        title="内蒙古自治区草原保护责任制办法",
    )
    assert ("盟行政公署", "盟市党委和政府") in edges(graph, "PART_OF")


def test_league_office_stays_out_of_a_city_pair() -> None:
    graph = _doc(
        "第一条 市委、市政府应当加强本地区草原保护工作。\n第二条 盟行政公署应当组织开展草原资源普查。\n",
        title="内蒙古自治区草原保护责任制办法",
    )
    assert not {e for e in edges(graph, "PART_OF") if e[0] == "盟行政公署"}
