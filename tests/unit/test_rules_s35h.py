"""Round 113 (unrecognised subjects): bodies named by the step of the case they took (作出具体行政行为的部门或者
组织可以…, 收到投诉、举报的机关，应当…, 依法作出处罚决定的行政机关可以…) hold their clause; a body named only by
the decision it made, after the sentence named the deciding body with 由, is that body. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市园林绿化管理条例"


def test_a_case_body_with_an_alternative_head_holds_its_power() -> None:
    graph = document(
        "第二条 当事人逾期不履行绿化补偿决定的，作出具体行政行为的部门或者组织可以申请人民法院强制执行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "申请人民法院强制执行") == {"作出具体行政行为的部门或者组织"}


def test_a_case_body_keeps_its_head_word_whole() -> None:
    graph = document(
        "第二条 当事人逾期不缴纳绿化补偿费的，作出具体行政行为的行政主管部门可以申请人民法院强制执行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "申请人民法院强制执行") == {"作出具体行政行为的行政主管部门"}


def test_a_case_body_before_a_comma_and_its_modal_holds_the_clause() -> None:
    graph = document(
        "第二条 任何人可以对毁坏绿地的行为进行投诉。收到投诉、举报的机关，应当在五日内核实处理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "在五日内核实处理") == {"收到投诉、举报的机关"}


def test_lawfully_before_a_case_body_is_no_verb_of_the_clause() -> None:
    graph = document(
        "第二条 养护单位被责令补种，逾期不补种的，依法作出处罚决定的行政机关可以代为补种。",
        _TITLE,
    )
    assert holders_of_duty(graph, "代为补种") == {"作出处罚决定的行政机关"}


def test_the_deciding_body_after_an_agent_is_that_agent() -> None:
    graph = document(
        "第二条 违反本条例擅自砍伐树木的，由市园林绿化主管部门责令补种，处一万元罚款；拒不补种的，"
        "依法作出处罚决定的部门可以代为补种。",
        _TITLE,
    )
    assert holders_of_duty(graph, "代为补种") == {"市园林绿化主管部门"}
    assert "作出处罚决定的部门" not in names(graph)


def test_a_body_that_made_the_case_without_a_modal_is_no_organ() -> None:
    graph = document("第二条 作出具体行政行为的部门的意见，作为绿化补偿的依据。市园林绿化主管部门负责实施。", _TITLE)
    assert "作出具体行政行为的部门" not in names(graph)


def test_a_regulated_actor_in_charge_holds_its_clause() -> None:
    graph = document("第二条 绿化养护企业依法负责所养护绿地的日常巡查。", _TITLE)
    assert holders_of_duty(graph, "日常巡查") == {"绿化养护企业"}


def test_roles_after_one_stem_in_charge_are_named_bare() -> None:
    graph = document("第二条 花卉展览的主办者、承办者负责展览期间的安全。", _TITLE)
    assert holders_of_duty(graph, "展览期间的安全") == {"主办者", "承办者"}
