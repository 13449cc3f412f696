"""Round 95 (tjs2): the other leaders of a named pair (市委、市政府主要负责人…；其他领导成员…) are that pair's role,
and 各区人民政府 names the districts' governments, not the bare pick 各区 (the level's party-and-government pair)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_LEADERS = (
    "第一条 各级党委和政府对本地区森林防火负总责。党委和政府主要负责人是第一责任人，"
    "其他有关领导成员在职责范围内承担相应责任。\n"
    "第二条 市委、市政府主要负责人对全市森林防火工作负总责。"
    "其他领导成员按照一岗双责要求，抓好分管领域的森林防火工作。\n"
    "第三条 区委、区政府主要负责人是本区森林防火第一责任人；区政府分管森林防火工作的负责人负直接领导责任；"
    "其他领导成员对分管领域内的森林防火工作负相应领导责任。\n"
)


def test_other_leaders_after_a_collective_role_are_its_role() -> None:
    graph = document(_LEADERS, "某某市森林防火责任制规定")
    assert ("各级党委和政府其他有关领导成员", "各级党委和政府") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "在职责范围内承担相应责任") == {"各级党委和政府其他有关领导成员"}


def test_other_leaders_after_a_named_pair_role_are_that_pairs() -> None:
    graph = document(_LEADERS, "某某市森林防火责任制规定")
    assert ("市委、市政府其他领导成员", "市委、市政府") in edges(graph, "PART_OF")
    assert ("区委、区政府其他领导成员", "区委、区政府") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "对分管领域内的森林防火工作负相应领导责任") == {"区委、区政府其他领导成员"}


def test_each_district_government_is_a_government() -> None:
    assert surfaces("各区人民政府每年应当向本级人民代表大会报告森林防火工作。", "municipal")[0] == "区人民政府"
    assert surfaces("市政府督促指导各区政府和市有关部门做好防火工作。", "municipal")[1:] == ["区政府", "市有关部门"]
    # the pair and a department owned by the governments stay as they were read
    assert surfaces("各区党委和政府对本区森林防火负总责。", "municipal") == ["各区"]
    assert "区人民政府" not in surfaces("由各区人民政府林业主管部门负责巡查。", "municipal")


def test_each_district_government_reports_to_its_congress_and_committee() -> None:
    graph = document(
        "第一条 各区党委和政府对本区森林防火负总责。\n"
        "第二条 各区人民政府每年应当向本级人民代表大会或者其常务委员会报告森林防火工作情况。\n",
        "某某市森林防火责任制规定",
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区人民政府", "区人民代表大会") in reports
    assert ("区人民政府", "区人民代表大会常务委员会") in reports
    assert ("区人民代表大会常务委员会", "区人民代表大会") in edges(graph, "PART_OF")
    assert "区人民政府" in names(graph)


def test_inspection_team_of_a_ducha_rule_is_a_body() -> None:
    graph = document("第一条 市级督察组对各区党委和政府开展水资源保护例行督察。\n", "某某市水资源保护督察办法")
    assert "市级督察组" in names(graph)
    assert ("市级督察组", "各区") in edges(graph, "SUPERVISES")
