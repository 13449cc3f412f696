"""Round 126 (PART_OF precision and recall): a government joined by 和/或者/以及 to an open function list
(X人民政府和公安、税务等部门) does not own the listed departments, while a closed list (X人民政府以及生态环境、
水行政主管部门) and 及 (read as 及其) still do. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市外来务工人员服务管理条例"


def test_a_government_before_he_and_an_open_list_owns_no_department() -> None:
    graph = document(
        "第五条 镇人民政府、街道办事处和民政、司法、人力资源等部门应当互相配合，做好外来务工人员服务工作。"
        "第六条 民政部门负责困难救助。",
        _TITLE,
    )
    assert not any(name.startswith("镇人民政府、街道办事处民政") for name in names(graph))
    assert not [edge for edge in edges(graph, "PART_OF") if edge[1] == "镇人民政府、街道办事处"]


def test_a_government_before_huozhe_and_an_open_list_owns_no_department() -> None:
    graph = document("第七条 发现违法用工的，应当向当地人民政府或者劳动、公安等有关部门举报。", _TITLE)
    assert not any(name.startswith("当地人民政府劳动") for name in names(graph))


def test_a_closed_list_after_yiji_stays_the_governments() -> None:
    graph = document("第八条 市、区人民政府以及人力资源、民政主管部门应当制定应急预案。", _TITLE)
    assert "市人民政府民政主管部门" in names(graph)


def test_ji_still_reads_as_its_own_departments() -> None:
    graph = document("第九条 区人民政府及其民政、司法等部门应当做好服务工作。", _TITLE)
    assert ("区人民政府民政部门", "区人民政府") in edges(graph, "PART_OF")


def _part_of(body: str) -> set[tuple[str, str, int, bool]]:
    graph = document(body, "某县农村公路养护办法")
    return {(r.source, r.target, r.article, r.implicit) for r in graph.relations if r.type == "PART_OF"}


def test_a_township_government_ending_a_level_word_list_sits_in_the_joint_body() -> None:
    # 县、乡（镇）人民政府: the last item of a level-word list sharing its head is the township government,
    # a part of the acting 乡（镇）人民政府、街道办事处 (explicit, at its first duty)
    body = (
        "第一条 乡（镇）人民政府、街道办事处应当组织农村公路日常巡查。\n"
        "第二条 县、乡（镇）人民政府应当将农村公路养护经费纳入本级财政预算。"
    )
    assert ("t/乡（镇）人民政府", "t/乡（镇）人民政府、街道办事处", 2, False) in _part_of(body)


def test_a_township_government_after_a_whole_county_government_keeps_no_edge() -> None:
    body = (
        "第一条 乡（镇）人民政府、街道办事处应当组织农村公路日常巡查。\n"
        "第二条 县人民政府和乡（镇）人民政府应当保障养护经费。"
    )
    assert not [edge for edge in _part_of(body) if edge[1] == "t/乡（镇）人民政府、街道办事处"]
