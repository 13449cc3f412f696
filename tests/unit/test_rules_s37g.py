"""Round 118 (missing organs across the dev set): the bare weak head 组织部门 beside its usual
partner, the discipline body (由纪检监察机关、组织部门…问责) or after 会同, names the party's organisation
department; a regulated actor after an open list of its examples (、电台和网站等新闻媒体) continues a subject
list. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市耕地保护责任制规定"


def test_a_bare_organisation_department_beside_the_discipline_body_holds_the_duty() -> None:
    graph = document(
        "第五条 市自然资源局应当加强耕地监管。"
        "第六条 耕地保护责任落实不力的，由纪检监察机关和组织部门按照干部管理权限给予处理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "给予处理") == {"纪检监察机关", "组织部门"}


def test_a_bare_organisation_department_after_huitong_is_the_partner() -> None:
    graph = document("第七条 耕地保护考核由市自然资源局会同组织部门实施。", _TITLE)
    assert "组织部门" in holders_of_duty(graph, "考核")


def test_a_bare_organisation_department_elsewhere_stays_no_body() -> None:
    graph = document("第八条 市自然资源局应当组织部门负责人开展培训。", _TITLE)
    assert "组织部门" not in names(graph)


_MEDIA_TITLE = "某某省节约用水条例"


def test_a_regulated_actor_after_its_examples_continues_a_subject_list() -> None:
    graph = document("第九条 各级人民政府及其有关部门、电台和网站等新闻媒体应当开展节水宣传。", _MEDIA_TITLE)
    assert "新闻媒体" in holders_of_duty(graph, "节水宣传")


def test_a_regulated_actor_after_yiji_and_examples_continues_a_subject_list() -> None:
    graph = document(
        "第十条 水库管理单位、灌区管理单位以及供水管网、加压泵站等运营单位应当落实巡查制度。", _MEDIA_TITLE
    )
    assert "运营单位" in holders_of_duty(graph, "巡查制度")


def test_a_regulated_actor_right_after_one_of_its_kind_stays_the_examples_set() -> None:
    graph = document("第十一条 节水协会、用水户协会等社会组织应当开展节水宣传。", _MEDIA_TITLE)
    assert "社会组织" not in holders_of_duty(graph, "节水宣传")
