"""Round 114 (congress genre, second round: the posts of the township government): 乡长 and 镇长 are the one
township chief (乡长、副乡长，镇长、副镇长 → two posts of the government), a chief printed with its deputy is read
after 的 too, a negated membership (不是…代表的) qualifies the subject it opens, two comma-parted lists of posts
are one subject, and a stem opening word inside a stem (…列席本级人民代表大会) ends the name before it. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_id, short, surfaces

_TITLE = "某某县乡镇人民代表大会工作办法"


def test_township_chiefs_of_both_kinds_are_one_post_each() -> None:
    graph = document(
        "第五条 乡、镇人民代表大会定期听取乡、镇人民政府的工作报告。"
        "第六条 不是本级人民代表大会代表的乡长、副乡长，镇长、副镇长列席本级人民代表大会会议。",
        _TITLE,
    )
    chief, deputy = organ_id(graph, "乡长"), organ_id(graph, "副乡长")
    assert organ_id(graph, "镇长") == chief and organ_id(graph, "副镇长") == deputy
    assert holders_of_duty(graph, "列席本级人民代表大会会议") == {short(chief), short(deputy)}
    assert (short(chief), "乡、镇人民政府") in edges(graph, "PART_OF")
    assert (short(deputy), "乡、镇人民政府") in edges(graph, "PART_OF")


def test_a_chief_and_its_deputy_after_de_are_posts() -> None:
    found = surfaces("担任代表的镇长、副镇长应当参加代表小组的活动。", "county")
    assert "镇长" in found and "副镇长" in found


def test_a_deputy_filled_after_de_stays_no_post() -> None:
    assert "副县长" not in surfaces("领导小组组长由分管农业的副县长担任。", "county")


def test_a_post_list_in_an_election_item_holds_nothing() -> None:
    graph = document(
        "第八条 镇人民代表大会行使下列职权：（一）选举本级人民代表大会主席、副主席，镇长、副镇长；"
        "（二）听取本级人民政府的工作报告。",
        _TITLE,
    )
    assert holders_of_duty(graph, "听取本级人民政府") == {"镇人民代表大会"}
    assert holders_of_duty(graph, "选举本级") == {"镇人民代表大会"}


def test_a_stem_opening_word_inside_a_stem_ends_the_name() -> None:
    assert surfaces("委员列席县人民代表大会会议。", "county") == ["县人民代表大会"]


_STREET = "某某县人民代表大会常务委员会街道工作委员会办法"


def test_a_post_list_appointed_by_a_body_is_that_bodys_clause() -> None:
    graph = document(
        "第四条 街道工委设主任一人，副主任二人，委员若干人。主任、副主任、委员由县人民代表大会常务委员会任免。",
        _STREET,
    )
    assert holders_of_duty(graph, "任免") == {"县人民代表大会常务委员会"}


def test_a_bare_standing_committee_is_the_one_levelled_one() -> None:
    graph = document(
        "第二条 街道工委在县人民代表大会常务委员会的领导下开展工作，对常务委员会负责，并向其报告工作。",
        _STREET,
    )
    assert organ_id(graph, "常务委员会") == organ_id(graph, "县人民代表大会常务委员会")


def test_a_bar_backed_by_a_resignation_is_the_members_duty() -> None:
    graph = document(
        "第四条 街道工委设主任一人，副主任二人。"
        "街道工委主任、副主任不得担任审判机关的职务；如果担任上述职务，应当辞去街道工委的职务。",
        _STREET,
    )
    assert holders_of_duty(graph, "不得担任") == holders_of_duty(graph, "辞去")
    assert holders_of_duty(graph, "辞去")


def test_a_bar_alone_stays_no_duty() -> None:
    graph = document("第九条 受到撤职处分的人员五年内不得担任街道工委主任。", _STREET)
    assert not any("不得担任" in d.text for d in graph.duties)


def test_a_deputies_group_is_a_body() -> None:
    graph = document("第十一条 代表小组应当每半年听取一次选民的意见。", _TITLE)
    assert holders_of_duty(graph, "听取一次选民") == {"代表小组"}


def test_the_members_of_a_presidium_are_its_role() -> None:
    graph = document("第十二条 镇人民代表大会主席团成员应当密切联系选民。", _TITLE)
    members = organ_id(graph, "镇人民代表大会主席团成员")
    assert (short(members), "镇人民代表大会主席团") in edges(graph, "PART_OF")


def test_the_work_of_a_body_under_guidance_is_the_bodys_clause() -> None:
    graph = document("第三条 镇人民代表大会主席团的工作接受上级人大常委会的指导。", _TITLE)
    assert holders_of_duty(graph, "接受上级") == {"镇人民代表大会主席团"}
    assert ("上级人大常委会", "镇人民代表大会主席团") in edges(graph, "GUIDES")


def test_a_bodys_list_stays_a_thing_it_owns() -> None:
    graph = document("第五条 镇人民代表大会主席团的名单应当向社会公布。", _TITLE)
    assert not any("名单" in d.text and d.holders for d in graph.duties)


def test_a_deputy_after_a_comma_fills_a_post() -> None:
    assert "副镇长" not in surfaces("成立镇防汛工作领导小组，由镇长任组长，副镇长任副组长。", "township")
