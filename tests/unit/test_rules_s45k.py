"""Round 141 (organs named by a relative clause): a body named by what it does (…的组织 / …的人民政府) as a later
item of a subject list, and its further shapes. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

_TITLE = "某某省食品抽检管理条例"
_GOVERNMENT = "第三条 县级以上人民政府应当加强对食品抽检工作的领导。\n"


def test_a_relative_organisation_after_a_joiner_holds_the_clause_with_the_first_item() -> None:
    graph = document(
        _GOVERNMENT + "第四条 市场监督管理部门或者受委托实施食品抽检的组织应当公开抽检结果。\n",
        _TITLE,
    )
    assert holder_names(graph, 4) == {"市场监督管理部门", "受委托实施食品抽检的组织"}


def test_a_relative_government_after_a_joiner_holds_the_clause() -> None:
    graph = document(
        _GOVERNMENT + "第五条 现场指挥部或者统一指挥抢险救灾的人民政府应当及时撤离人员。\n",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"现场指挥部", "统一指挥抢险救灾的人民政府"}


def test_a_relative_clause_pointing_back_is_no_listed_body() -> None:
    graph = document(
        _GOVERNMENT + "第六条 市场监督管理部门或者前款规定的组织应当公开抽检结果。\n",
        _TITLE,
    )
    assert "前款规定的组织" not in names(graph)


def test_a_listed_relative_body_before_a_comma_and_a_modal() -> None:
    graph = document(
        _GOVERNMENT + "第七条 市和县人民政府所属部门及法律、法规授权实施食品抽检的组织，应当公布抽检计划。\n",
        _TITLE,
    )
    assert "法律、法规授权实施食品抽检的组织" in holder_names(graph, 7)


def test_a_case_body_with_an_administrative_management_head() -> None:
    graph = document(
        _GOVERNMENT + "第八条 当事人逾期不履行处理决定的，作出处理决定的行政管理部门可以申请人民法院强制执行。\n",
        _TITLE,
    )
    assert holder_names(graph, 8) == {"作出处理决定的行政管理部门"}
