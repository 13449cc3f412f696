"""Round 97, second poverty / rural-revitalisation round: a chain of 对 pairs before one oversight verb
(A对B、C对D，实行…考核) is each pair's own oversight, every A a holder; X应当为Y提供Z is X's own duty, not a
purpose piece joined to the next one; a bare 会同 partner of a body of one level is that level's partner.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某省森林防火条例"


def test_chain_of_pairs_gives_each_pair_its_own_oversight() -> None:
    graph = document(
        "第一条 省人民政府对市人民政府、市人民政府对县人民政府、县人民政府对乡镇人民政府，实行森林防火目标考核。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {
        ("省人民政府", "市人民政府"),
        ("市人民政府", "县人民政府"),
        ("县人民政府", "乡镇人民政府"),
    }
    assert holders_of_duty(graph, "实行森林防火目标考核") == {"省人民政府", "市人民政府", "县人民政府"}


def test_chain_of_pairs_split_by_a_comma_is_one_duty() -> None:
    graph = document(
        "第一条 省人民政府对市（州）人民政府，市（州）人民政府对县（市、区）人民政府实行森林防火目标考核，"
        "考核结果作为奖惩的依据。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "省人民政府对市（州）人民政府，市（州）人民政府对县（市、区）人民政府实行森林防火目标考核" in texts
    assert ("省人民政府", "县（市、区）人民政府") not in edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "考核结果") == {"省人民政府", "市（州）人民政府"}


def test_single_pair_keeps_its_edge() -> None:
    graph = document("第一条 县级人民政府对乡（镇）人民政府实行森林防火目标考核。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("县级人民政府", "乡（镇）人民政府")}


def test_provision_to_a_body_is_its_own_duty() -> None:
    graph = document(
        "第一条 林场应当为护林队提供装备保障，县级林业主管部门会同应急管理部门负责护林队的日常管理。",
        "某县护林工作办法",
    )
    assert "林场应当为护林队提供装备保障" in duty_texts(graph)
    assert holders_of_duty(graph, "日常管理") == {"县级林业主管部门", "应急管理部门"}


def test_bare_partner_of_a_one_level_lead_is_that_level_partner() -> None:
    graph = document(
        "第一条 县级以上人民政府应急管理、公安等部门按照各自职责做好森林防火工作。\n"
        "第二条 省人民政府应急管理部门负责全省调度。\n"
        "第三条 省人民政府林业主管部门牵头，会同应急管理、公安等部门，编制森林火灾应急预案。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "编制森林火灾应急预案")
    assert "省人民政府应急管理部门" in holders  # named at the lead's level
    assert "县级以上人民政府应急管理部门" not in holders
    assert "县级以上人民政府公安部门" in holders  # no 省 公安 printed: the spanning set stays
