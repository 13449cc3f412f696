"""Round 119 (villagers' committee laws: organs and holders): the villagers' representatives as a collective
village role that holds its own duties, apart from the 村民代表会议 they sit in. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty, names

_TITLE = "某某县村民自治规定"


def test_the_villagers_representatives_hold_their_own_duties() -> None:
    graph = document(
        "第三条 村民代表应当听取本组村民的意见，及时向村民委员会反映。第四条 村民代表会议由村民委员会每半年召集一次。",
        _TITLE,
    )
    assert holders_of_duty(graph, "听取本组村民") == {"村民代表"}
    assert holders_of_duty(graph, "每半年召集") == {"村民委员会"}
    assert "村民代表" in names(graph)


def test_the_staff_named_by_who_bears_their_pay_are_one_role() -> None:
    graph = document(
        "第五条 村民委员会成员和由村集体承担工作报酬的聘用人员，应当每年向村民会议述职。"
        "第六条 执行检查任务的工作人员应当出示证件。",
        _TITLE,
    )
    assert holders_of_duty(graph, "每年向村民会议述职") == {"村民委员会成员", "由村集体承担工作报酬的聘用人员"}
    assert holders_of_duty(graph, "出示证件") == {"执行检查任务的工作人员"}


def test_the_head_of_a_villagers_group_is_the_groups_post() -> None:
    graph = document(
        "第六条 村应当设立村民议事会。第七条 村民小组组长应当及时向村民委员会转达本组村民的诉求。",
        _TITLE,
    )
    assert holders_of_duty(graph, "转达本组村民") == {"村民小组组长"}


def test_fuze_before_a_renmin_work_is_the_verb_not_a_role() -> None:
    graph = document("第八条 村民委员会成员分工负责人民防空、消防安全等工作。", _TITLE)
    assert holders_of_duty(graph, "分工负责") == {"村民委员会成员"}
    assert not any(name.endswith("负责人") for name in names(graph))


def test_a_verb_before_a_body_is_no_part_of_its_name() -> None:
    graph = document(
        "第九条 村民选举委员会成员退出村民选举委员会的，应当书面告知村民委员会。"
        "第十条 对破坏村民委员会换届工作的，县级人民政府应当及时制止。",
        _TITLE,
    )
    assert not any(name.startswith(("破坏", "村民选举委员会成员退出")) for name in names(graph))
    assert holders_of_duty(graph, "及时制止") == {"县级人民政府"}


def test_a_bare_township_tier_word_before_an_alternative_is_its_government() -> None:
    graph = document(
        "第十一条 乡、民族乡、镇的人民政府应当指导村民委员会的工作。"
        "第十二条 村民反映的问题，由乡级或者县级人民政府负责核实。",
        _TITLE,
    )
    assert holders_of_duty(graph, "负责核实") == {"乡、民族乡、镇的人民政府", "县级人民政府"}


def test_quorum_attendance_and_voting_norms_hold_no_duty() -> None:
    graph = document(
        "第十三条 村民议事会由村民委员会召集。村民议事会必须有全体成员的过半数出席，才能举行。"
        "议事会的决定，由出席人员的过半数通过。"
        "第十四条 召开村民小组会议，应当有本组年满十八周岁村民的过半数，或者本组三分之二以上的户的代表参加，"
        "所作决定应当经到会人员的过半数同意。村民小组会议应当在三日内公布其决定。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(("出席" in t or "参加" in t or "到会" in t) for t in texts)
    assert holders_of_duty(graph, "由村民委员会召集") == {"村民委员会"}
    assert holders_of_duty(graph, "三日内公布") == {"村民小组会议"}


def test_an_act_of_a_named_body_around_a_count_stays_a_duty() -> None:
    graph = document("第十五条 县级人民政府应当有专人负责，确保三分之二以上的村参加培训。", _TITLE)
    assert holders_of_duty(graph, "专人负责") == {"县级人民政府"}


def test_a_reference_clause_names_no_body_with_its_verb() -> None:
    graph = document(
        "第十六条 村民小组组长的离任审计，参照本规定有关村民委员会成员离任审计的规定执行。"
        "村民委员会成员应当接受离任审计。",
        _TITLE,
    )
    assert not any(name.startswith("参照") for name in names(graph))
    assert holders_of_duty(graph, "接受离任审计") == {"村民委员会成员"}
