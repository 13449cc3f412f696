"""Organ rules of session 18 (round j): the people's congress is an organ (人民代表大会, its deputies a role,
人民代表大会及其常务委员会 two since round 44); 或者其常务委员会 after a congress is its standing committee and
或者其授权的部门 after a body the set of bodies it authorises; 劳动保障 is a function name, not a verb.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, edges, organ_named, surfaces


def _found(text: str, doc_level: str) -> list[tuple[str, str, str | None]]:
    return [(m.surface, m.cls, m.level) for m in find_mentions(text, doc_level)]


def test_the_peoples_congress_is_an_organ() -> None:
    assert _found("县人民政府每年向县人民代表大会报告水库安全状况。", "county") == [
        ("县人民政府", "gov", "county"),
        ("县人民代表大会", "dept", "county"),
    ]
    # a deputy is a person, not the congress
    assert _found("本级人民代表大会代表可以就水库安全提出询问。", "county") == [("本级人民代表大会代表", "role", None)]
    # the congress named with its standing committee in full is two organs (round 44, the dev annotations);
    # the short 人大及其常委会 stays one
    assert surfaces("县人民政府接受县人民代表大会及其常务委员会的监督。", "county") == [
        "县人民政府",
        "县人民代表大会",
        "其常务委员会",
    ]


def test_its_standing_committee_after_a_congress_is_that_congress_s() -> None:
    graph = document(
        "第一条 县人民政府应当每年向县人民代表大会或者其常务委员会报告水库安全状况。", "某县水库安全管理条例"
    )
    committee = organ_named(graph, "县人民代表大会常务委员会")
    assert committee.level == "county" and "其常务委员会" in committee.aliases
    assert {("县人民政府", "县人民代表大会"), ("县人民政府", "县人民代表大会常务委员会")} <= edges(graph, "REPORTS_TO")
    assert ("县人民代表大会常务委员会", "县人民代表大会") in edges(graph, "PART_OF")


def test_the_bodies_a_body_authorises_are_one_set_tied_by_authorisation_only() -> None:
    graph = document("第一条 县水务局拟订水库调度方案，报县人民政府或其授权的机构批准。", "某县水库安全管理条例")
    authorised = organ_named(graph, "县人民政府授权的机构")
    assert authorised.collective and authorised.kind == "agency" and "其授权的机构" in authorised.aliases
    assert ("县水务局", "县人民政府授权的机构") in edges(graph, "REPORTS_TO")
    assert not any(source == "县人民政府授权的机构" for source, _ in edges(graph, "PART_OF"))
    # 其 after no printed body (a relative one) gives no set
    assert "其授权的部门" not in surfaces("方案报本级人民政府或者其授权的部门批准。", "county")


def test_labour_security_is_a_function_name_not_a_verb() -> None:
    # 保障 is an obligation verb, but inside 劳动保障行政部门 (the older laws' labour department) it names a function
    assert surfaces("失业保险金标准由财政部门和劳动保障行政部门拟订。", "municipal") == [
        "财政部门",
        "劳动保障行政部门",
    ]
    assert surfaces("市劳动保障部门定期发布职业供求信息。", "municipal") == ["市劳动保障部门"]
