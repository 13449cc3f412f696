"""Round 104 (compositions and member units): a member list broken by a comma that closes on the members'
persons or on a last body (成员由A和B，C的负责人组成 / 由A等部门，B等单位以及C组成), and a named body made of
bodies or persons (X委员会由A、B等部门组成 / X小组由三名以上督学组成) are compositions, no duty; the body keeps
what follows. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_member_list_broken_by_a_comma_closing_on_persons_is_no_duty() -> None:
    graph = document(
        "第一条 市人民政府设立湖泊保护委员会，主任由市长担任，成员由市有关部门和沿湖县人民政府，"
        "湖区管理委员会的负责人组成。委员会统筹协调湖泊保护中的重大问题。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("组成" in text or "成员由" in text for text in texts), texts
    assert any("统筹协调" in text for text in texts), texts


def test_member_list_opened_by_a_bare_you_and_closed_by_a_last_body_is_no_duty() -> None:
    graph = document(
        "第二条 湖泊管理委员会是市人民政府设立的议事协调机构，由市水务、农业农村等行政管理部门，"
        "供水、航运等单位以及沿湖区人民政府组成，主任由副市长担任。湖泊管理委员会负责协调湖泊保护工作。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("组成" in text or text.endswith("行政管理部门") for text in texts), texts
    assert holders_of_duty(graph, "负责协调湖泊保护工作") == {"湖泊管理委员会"}


def test_named_body_made_of_bodies_or_persons_is_no_duty() -> None:
    graph = document(
        "第三条 湖泊安全督查委员会由市水务部门和市公安、应急管理等部门组成。\n"
        "第四条 湖泊巡查指挥机构由有关部门、驻地部队等组成，负责组织湖泊巡查。\n"
        "第五条 湖泊督查小组由两名以上督查员组成。\n",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("组成" in text for text in texts), texts
    assert holder_names(graph, 3) == set()
    assert holder_names(graph, 5) == set()
    assert holder_names(graph, 4) == {"湖泊巡查指挥机构"}


def test_a_team_formed_by_a_lead_with_partners_or_with_a_modal_keeps_its_duty() -> None:
    graph = document(
        "第六条 湖泊巡查组由市水务部门会同市公安部门组成。\n第七条 湖泊联合督查组应当由三人以上组成。\n",
        _TITLE,
    )
    assert holder_names(graph, 6)
    assert any("三人以上组成" in text for text in duty_texts(graph))
