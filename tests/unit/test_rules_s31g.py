"""Round 100 (s31, rep3): REPORTS_TO and PART_OF per level."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某省森林防火工作规定"


def test_office_of_relative_body_sits_in_each_listed_levels_body() -> None:
    # 省、市X是本级Y的办事机构: each listed office sits in the Y of its own level
    body = (
        "第一条 省、市人民政府设立森林防火指挥部，负责指挥森林防火工作。"
        "省、市人民政府森林防火办公室是本级森林防火指挥部的办事机构，负责日常工作。"
    )
    part_of = edges(document(body, _TITLE), "PART_OF")
    assert ("省人民政府森林防火办公室", "省森林防火指挥部") in part_of
    assert ("市人民政府森林防火办公室", "市森林防火指挥部") in part_of
    assert not any(target.startswith("本级") for _, target in part_of)


def test_office_of_named_body_sits_in_it() -> None:
    # X是Y的办事机构 with Y named: X sits in Y (explicit), as X是Y的派出机关
    body = "第一条 省森林防火指挥部负责指挥森林防火。省森林防火办公室是省森林防火指挥部的办事机构，负责日常事务。"
    assert ("省森林防火办公室", "省森林防火指挥部") in edges(document(body, _TITLE), "PART_OF")


def test_education_inspection_office_is_an_organ() -> None:
    # 教育督导室: a government's office of its own, named with its government
    body = "第一条 省人民政府教育督导室负责组织实施全省教育督导工作，定期发布督导报告。"
    assert "省人民政府教育督导室" in names(document(body, "某省教育督导规定"))


def test_unlevelled_units_report_to_the_spanning_body() -> None:
    # 帮扶单位向同级X报告: units of no level report to the X of every level the document names
    first = "第一条 县级以上人民政府森林防火指挥部负责统筹森林防火工作。"
    body = "第二条 帮扶单位每年向同级森林防火指挥部报告帮扶工作情况。"
    graph = document(first + body, _TITLE)
    assert ("帮扶单位", "县级以上人民政府森林防火指挥部") in edges(graph, "REPORTS_TO")


def test_unlevelled_units_report_to_the_bare_body() -> None:
    body = "第一条 森林防火指挥部负责统筹森林防火工作。第二条 帮扶单位每年向同级森林防火指挥部报告帮扶工作情况。"
    assert ("帮扶单位", "森林防火指挥部") in edges(document(body, _TITLE), "REPORTS_TO")
