"""Round 104 (back-references 其 / 该 + a role): 该 + a class word + a leader role (约谈该部门主要负责人) is the
role of the nearest body of that class printed before it in its sentence, not of the body the article opens
with; the bare role inside …，其主要负责人… is read with the sentence's bodies only. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某市河道管理条例"


def test_a_demonstrative_department_role_points_to_the_department_of_its_sentence() -> None:
    graph = document(
        "第九条 市人民政府应当加强河道管理工作。"
        "县人民政府对履职不力的县人民政府水务部门，应当责令改正；情节严重的，约谈该部门主要负责人。",
        _TITLE,
    )
    assert ("县人民政府", "县人民政府水务部门主要负责人") in edges(graph, "SUPERVISES")
    assert "市人民政府主要负责人" not in names(graph)


def test_a_demonstrative_government_role_and_its_shared_role_point_back_together() -> None:
    graph = document(
        "第十条 督查发现县人民政府未落实河道保护任务的，由市河道管理机构约谈该人民政府主要负责人或者分管负责人。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("市河道管理机构", "县人民政府主要负责人") in supervised
    assert ("市河道管理机构", "县人民政府分管负责人") in supervised


def test_a_possessive_role_after_a_second_subject_is_that_subjects_only() -> None:
    graph = document(
        "第四条 市人民政府统一领导全市河道管理工作。"
        "县人民政府对本行政区域内的河道管理工作负总责，其主要负责人是第一责任人。",
        _TITLE,
    )
    assert holders_of_duty(graph, "第一责任人") == {"县人民政府主要负责人"}
    assert "市人民政府主要负责人" not in names(graph)
