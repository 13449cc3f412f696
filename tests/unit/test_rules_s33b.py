"""Round 106 (street and township rules): the dual management of a field office printed without 体制
(X的派出机构，实行以Y为主、Z共同参与的双重管理) is a regime statement, and both managing bodies oversee the
office, not the departments listed as its genitive modifier; 相关单位 after a summons in the same sentence
(召集X和Y进行协调，相关单位应当…) is the bodies summoned, 相关 before a body named elsewhere picking that body.
组织X对Y…的情况进行评议 gives the organised evaluators X their SUPERVISES of Y (not where they 督查 for the
organiser). Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holder_names, holders_of_duty

_TITLE = "某市街道办事处工作条例"


def test_a_dual_management_without_tixi_is_a_regime_with_both_managers() -> None:
    graph = document(
        "第十条 人力资源社会保障、自然资源等区人民政府职能部门设在街道的派出机构，实行以区人民政府职能部门为主、"
        "街道办事处协同管理的双重管理。"
        "派出机构应当服从街道办事处的统筹协调。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("区人民政府职能部门", "派出机构") in supervised
    assert ("街道办事处", "派出机构") in supervised
    assert not any("双重管理" in text for text in duty_texts(graph))
    # the departments listed before the office are its modifier: no edge to them, no duty of theirs
    assert not {target for _, target in supervised} - {"派出机构"}
    assert holder_names(graph, 10) == {"派出机构"}


def test_a_dual_management_accepted_by_a_body_is_left_to_the_accepting_rule() -> None:
    graph = document(
        "第十一条 驻镇工作组应当接受镇人民政府和派出单位的双重管理。",
        _TITLE,
    )
    assert any("双重管理" in text for text in duty_texts(graph))


def test_the_concerned_units_after_a_summons_are_the_bodies_summoned() -> None:
    graph = document(
        "第十二条 区人民政府职能部门在街道设立的派驻机构，由街道办事处统筹协调。派驻机构应当定期报告工作。"
        "第十三条 街道办事处遇有跨部门的重大事项，可以召集相关派驻机构和区人民政府职能部门进行会商，"
        "相关单位应当按时参加，并落实会商确定的任务。",
        _TITLE,
    )
    assert holders_of_duty(graph, "按时参加") == {"派驻机构", "区人民政府职能部门"}
    assert holders_of_duty(graph, "落实会商") == {"派驻机构", "区人民政府职能部门"}


def test_the_concerned_units_with_no_summons_before_stay_a_set() -> None:
    graph = document(
        "第十三条 街道办事处应当建立会商制度。相关单位应当按时参加会商。",
        _TITLE,
    )
    assert holders_of_duty(graph, "按时参加") == {"相关单位"}


def test_the_organised_evaluators_draw_no_edge_under_the_gate() -> None:
    graph = document(
        "第二十条 区人民政府每年组织街道办事处对区人民政府职能部门配合街道工作的情况进行评议，"
        "评议结果作为部门考核的依据。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    # session 38 gate: 评议 is no README trigger
    assert ("街道办事处", "区人民政府职能部门") not in supervised
    assert ("区人民政府", "区人民政府职能部门") not in supervised
    assert not edges(graph, "ASSISTS")  # 配合 is the matter evaluated


def test_organised_inspectors_act_for_the_organiser() -> None:
    graph = document(
        "第二十一条 区人民政府应当组织区民政部门对街道办事处开展督查。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("区人民政府", "街道办事处") in supervised
    assert ("区民政部门", "街道办事处") not in supervised
