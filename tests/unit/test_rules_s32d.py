"""Round 103 (people's congress working committees and street bodies): the posts of a body with their headcount
counted in 人 (设主任一人，副主任若干人，委员三人至五人) are its composition, no duty, as counted in 名 already
were; the residents'-first bracket of the village committee (居（村）民委员会) is the village level word as
村（居）民委员会 is, alone and in the pair with the community party body. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "某某委员会工作条例"


def test_posts_counted_in_persons_are_no_duty() -> None:
    graph = document(
        "第五条 社区工作委员会设主任一人，副主任二人，委员五人至七人。主任、副主任由县人民政府任免。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(text.endswith(("一人", "二人", "五人至七人")) for text in texts)
    assert holders_of_duty(graph, "任免") == {"县人民政府"}


def test_a_members_headcount_alone_is_no_duty() -> None:
    graph = document(
        "第五条 县人民代表大会常务委员会设主任一名，副主任若干名，委员若干人。县人民代表大会常务委员会应当定期开会。",
        _TITLE,
    )
    assert not any("若干人" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "定期开会") == {"县人民代表大会常务委员会"}


def test_a_staffing_floor_keeps_its_duty() -> None:
    graph = document("第六条 巡查组成员不少于三人。", _TITLE)
    assert any("不少于三人" in text for text in duty_texts(graph))


def test_the_residents_first_village_committee_is_a_village_body() -> None:
    graph = document(
        "第七条 乡镇人民政府指导居（村）民委员会开展环境整治。居（村）民委员会应当协助乡镇人民政府工作。", _TITLE
    )
    assert "居（村）民委员会" in names(graph)
    assert ("乡镇人民政府", "居（村）民委员会") in edges(graph, "GUIDES")
    assert ("居（村）民委员会", "乡镇人民政府") in edges(graph, "ASSISTS")


def test_the_community_party_body_and_residents_first_committee_are_one_pair() -> None:
    graph = document("第八条 社区（村）党组织和居（村）民委员会应当配合县应急管理部门做好防灾工作。", _TITLE)
    assert holders_of_duty(graph, "防灾") == {"社区（村）党组织和居（村）民委员会"}
