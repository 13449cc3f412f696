"""Round 106 (back-references and bare mentions): 其 after the bodies a sentence opens with, where the
interview of their roles follows another act of the agent in a clause of its own (由Z予以通报批评，并对其R
进行约谈 / 由Z责令限期整改，约谈其R), and the second role joined to the first (其主要负责人和分管负责人). Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某省节水工作责任制规定"


def test_an_interview_after_another_act_reaches_the_roles_of_the_opening_bodies() -> None:
    graph = document(
        "第九条 市人民政府、县人民政府未完成节水目标的，由省人民政府责令限期整改，约谈其主要负责人。"
        "第十条 市人民政府、县人民政府应当节约用水。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("省人民政府", "市人民政府主要负责人") in supervised
    assert ("省人民政府", "县人民政府主要负责人") in supervised
    assert ("省人民政府", "市人民政府") in supervised  # the 责令整改 of the bodies themselves stays


def test_a_role_joined_to_the_first_is_a_role_of_each_body_too() -> None:
    graph = document(
        "第九条 市人民政府、县人民政府未完成节水目标的，由省人民政府约谈其主要负责人和分管负责人。"
        "第十条 市人民政府、县人民政府应当节约用水。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    for body in ("市人民政府", "县人民政府"):
        assert ("省人民政府", f"{body}主要负责人") in supervised
        assert ("省人民政府", f"{body}分管负责人") in supervised
    assert ("市人民政府分管负责人", "市人民政府") in edges(graph, "PART_OF")


def test_a_fronted_interview_after_a_criticism_keeps_the_bodies_and_adds_their_roles() -> None:
    graph = document(
        "第九条 对节水目标完成较差的市人民政府、县人民政府，由省节水工作领导小组予以通报批评，"
        "并对其主要负责人进行约谈。"
        "第十条 市人民政府、县人民政府应当节约用水。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("省节水工作领导小组", "市人民政府") in supervised
    assert ("省节水工作领导小组", "县人民政府主要负责人") in supervised
    assert ("省节水工作领导小组", "省人民政府主要负责人") not in supervised


def test_a_fine_on_the_role_after_a_bare_comma_is_no_interview_frame() -> None:
    graph = document(
        "第九条 节水企业违反本规定的，由省水行政主管部门对节水企业处以罚款，对其主要负责人处以罚款。",
        _TITLE,
    )
    assert ("省水行政主管部门", "节水企业主要负责人") not in edges(graph, "SUPERVISES")


def test_a_bare_government_a_report_goes_to_is_the_set_the_law_binds() -> None:
    graph = document(
        "第三条 县级以上人民政府负责本行政区域的节水工作。"
        # session 38 gate: 反映 is no README trigger; the bare government is read on a printed 报告
        "第四条 县级以上人民政府应当设立节水监督员。节水监督员应当向人民政府报告节水工作中的问题。",
        _TITLE,
    )
    assert ("节水监督员", "县级以上人民政府") in edges(graph, "REPORTS_TO")


def test_a_report_to_the_governments_departments_is_no_bare_government() -> None:
    graph = document(
        "第三条 县级以上人民政府负责本行政区域的节水工作。"
        "第四条 节水监督员应当向人民政府有关部门反映节水工作中的问题。",
        _TITLE,
    )
    assert ("节水监督员", "县级以上人民政府") not in edges(graph, "REPORTS_TO")
