"""Round 104 (team make-up): where a team's members are drawn from, with no agent printed (成员从A、B中抽调 /
副组长和成员从A和B抽调 / 组成人员从…中选派 / 成员从…派员中确定), is its make-up, no duty; a member list closing
on 组成 is no topic of the modal piece after it (X成员单位由A、B组成，应当按照职责分工，配合…): the members
bear that piece. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names, holders_of_duty

_TITLE = "某省森林防火检查办法"


def test_members_drawn_from_bodies_with_no_agent_are_no_duty() -> None:
    graph = document(
        "第一条 检查组实行组长负责制。组长由省林业局负责同志担任，成员从省林业局、省应急管理厅中抽调。\n"
        "第二条 巡查组副组长和成员从省林业局和有关市人民政府抽调，必要时可以邀请专家参加。\n"
        "第三条 巡查组组成人员从省直有关部门中选派。\n"
        "第四条 检查组成员从检查人员和有关部门派员中确定。\n",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(word in text for text in texts for word in ("抽调", "选派", "中确定")), texts
    assert holder_names(graph, 3) == set()
    assert holder_names(graph, 4) == set()


def test_members_chosen_by_a_named_body_stay_its_duty() -> None:
    graph = document("第五条 评审组成员由省林业局从专家库中确定。\n", _TITLE)
    assert holders_of_duty(graph, "从专家库中确定") == {"省林业局"}


def test_member_units_made_of_bodies_bear_the_modal_piece_after_the_list() -> None:
    graph = document(
        "第六条 森林防火成员单位由本级人民政府有关部门组成，应当按照职责分工，协助森林防火办公室开展检查，"
        "每年向森林防火办公室报送工作情况。\n",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("组成" in text for text in texts), texts
    assert "应当按照职责分工，协助森林防火办公室开展检查" in texts
    assert holders_of_duty(graph, "协助森林防火办公室开展检查") == {"森林防火成员单位"}
