"""自治区 vocabulary of round 98: a government printed with its 行政公署 in brackets (人民政府（行政公署）,
党委和人民政府（行政公署）) is one body, not a government and a stray 行政公署; 旗县级以上地方各级 is a
collective prefix as 县级以上地方各级 is; in a list of
levels printed with 人民政府（行政公署）, a level below the 盟 takes the plain government (the 行政公署 is the 盟's).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

_TITLE = "某自治区草场护水条例"


def test_a_government_with_its_bracketed_office_is_one_body() -> None:
    graph = document("第一条 旗县级以上人民政府（行政公署）应当将草场护水经费列入本级预算。", _TITLE)
    assert holder_names(graph, 1) == {"旗县级以上人民政府（行政公署）"}
    assert "行政公署" not in names(graph)


def test_a_pair_with_its_bracketed_office_is_one_body() -> None:
    body = "第一条 盟市党委和人民政府（行政公署）负责本地区草场护水工作，每年向自治区党委和人民政府报告。"
    graph = document(body, _TITLE)
    assert holder_names(graph, 1) == {"盟市党委和人民政府（行政公署）"}
    assert ("盟市党委和人民政府（行政公署）", "自治区党委和人民政府") in edges(graph, "REPORTS_TO")


def test_departments_of_a_bracketed_government_are_part_of_it() -> None:
    body = "第一条 盟市人民政府（行政公署）林业和草原部门负责草场巡护。"
    graph = document(body, _TITLE)
    assert ("盟市人民政府（行政公署）林业和草原部门", "盟市人民政府（行政公署）") in edges(graph, "PART_OF")


def test_the_banner_county_collective_with_local_levels() -> None:
    graph = document("第一条 旗县级以上地方各级党委和人民政府对本行政区域草场护水工作负总责。", _TITLE)
    assert holder_names(graph, 1) == {"旗县级以上地方各级党委和人民政府"}


def test_a_lower_level_listed_with_the_league_takes_the_plain_government() -> None:
    body = "第一条 盟市、旗县（市、区）人民政府（行政公署）水利、农牧等部门负责草场巡护。"
    graph = document(body, _TITLE)
    assert "旗县(市、区)人民政府水行政主管部门" in names(graph)
    assert "盟市人民政府(行政公署)水行政主管部门" in names(graph)
