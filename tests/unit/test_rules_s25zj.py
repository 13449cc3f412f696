"""Funding holders (round 70): a budget named as the payer after 由 (由中央财政承担) is a finance organ
named as printed, and 中央 sharing the government head of 中央和地方各级人民政府 is 国务院. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def test_budget_named_as_payer_after_you_is_a_finance_organ() -> None:
    graph = document(
        "第一条 渔船报废补贴由中央财政承担。\n"
        "第二条 渔港清淤费用由地方财政负担。\n"
        "第三条 边远渔村的渔港维护支出，由上级财政通过专项资金给予补助。\n",
        "某省渔港管理条例",
    )
    assert holder_names(graph, 1) == {"中央财政"}
    assert holder_names(graph, 2) == {"地方财政"}
    assert holder_names(graph, 3) == {"上级财政"}
    central, local = organ_named(graph, "中央财政"), organ_named(graph, "地方财政")
    assert (central.kind, central.level, central.collective) == ("finance", "central", False)
    assert (local.kind, local.level, local.collective) == ("finance", "provincial", True)


def test_budget_that_is_no_payer_is_no_organ() -> None:
    # 同级财政列入预算 / 纳入财政预算 name a budget, no payer
    assert surfaces("渔港管理经费由同级财政列入预算。") == []
    assert surfaces("渔港维护经费纳入同级财政预算，由县级人民政府承担。") == ["县级人民政府"]


def test_central_sharing_the_government_head_is_the_state_council() -> None:
    graph = document(
        "第一条 渔业资源普查所需经费，由中央和地方各级人民政府共同负担。\n第二条 国务院渔业主管部门负责组织普查。\n",
        "渔业资源普查条例",
    )
    assert holder_names(graph, 1) == {"国务院", "地方各级人民政府"}
    assert "中央" not in names(graph)


def test_central_peoples_government_is_the_state_council() -> None:
    graph = document("第一条 渔业资源普查方案由中央人民政府批准后实施。\n", "渔业资源普查条例")
    assert "国务院" in names(graph) and "中央人民政府" not in names(graph)
