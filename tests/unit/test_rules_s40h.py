"""Round 127 (village shapes): a bare 村 after a description of which villages (人口较多或者地域较广的村，可以设立…)
is the subject of a permission as of a modal, past a comma and a 经X决定 piece; 村民代表会议 set up by the 村 sits in
it; a role a composition names (Y由A和B组成) sits in the body it makes up; in a text on village self-government
a bare 村 is the village, not its party organisation. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某省村民自治实施办法"


def test_a_described_village_holds_its_permission_past_a_comma() -> None:
    graph = document(
        "第三条 村民委员会应当召集村民会议。第四条 人口较多或者地域较广的村，可以设立村民代表会议。"
        "第五条 村民代表会议应当讨论决定授权事项。",
        _TITLE,
    )
    assert holders_of_duty(graph, "地域较广的村") == {"村"}
    assert ("村民代表会议", "村") in edges(graph, "PART_OF")


def test_an_approval_piece_stays_in_the_described_villages_duty() -> None:
    graph = document(
        "第三条 村民委员会应当召集村民会议。第四条 地域较广的村，经村民会议决定，可以设立村民代表会议。"
        "第五条 村民代表会议应当讨论决定授权事项。",
        _TITLE,
    )
    duty = next(d for d in graph.duties if "地域较广" in d.text)
    assert duty.text.endswith("可以设立村民代表会议")
    assert holders_of_duty(graph, "地域较广") == {"村"}


def test_a_village_acted_on_is_no_subject() -> None:
    graph = document(
        "第三条 乡镇人民政府应当指导村民委员会工作。对工作不力的村，可以通报。",
        _TITLE,
    )
    assert all(h.split("/", 1)[1] != "村" for d in graph.duties for h in d.holders)


def test_an_eligible_unit_keeps_no_permission_duty() -> None:
    graph = document("第三条 符合条件的企业可以申请补助。", _TITLE)
    assert not graph.duties


def test_a_role_named_in_a_composition_sits_in_the_body() -> None:
    graph = document(
        "第三条 村民代表会议由村民委员会成员和村民代表组成。村民代表会议应当讨论决定授权事项。"
        "第四条 村民代表应当向推选户负责。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("村民代表", "村民代表会议") in part_of
    assert ("村民委员会成员", "村民代表会议") not in part_of


def test_a_bare_village_beside_its_party_organisation_is_the_village() -> None:
    graph = document(
        "第三条 村党组织应当领导村务工作。村应当设立村务监督委员会。村务监督委员会应当监督村务公开。",
        _TITLE,
    )
    assert holders_of_duty(graph, "村应当设立") == {"村"}
    assert ("村务监督委员会", "村") in edges(graph, "PART_OF")
