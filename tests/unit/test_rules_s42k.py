"""Round 133 (regulated units as organs): owner or actor roles after a 的-stem that lists the things they own
(X、Y等Z的所有者或者管理者，应当…) hold the duty, each named bare. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某某县水库保护办法"


def test_roles_after_a_listed_thing_stem_and_a_comma_hold_the_duty() -> None:
    graph = document(
        "第五条 库区内的泵站、涵闸等设施的所有者或者经营者，应当定期检修其设施。\n第六条 县水利局应当巡查。",
        _TITLE,
    )
    assert {"所有者", "经营者"} <= holder_names(graph, 5)


def test_roles_after_things_joined_by_huozhe_hold_the_duty() -> None:
    graph = document(
        "第五条 库区内的码头或者游船、浮桥的所有者和管理者应当设置安全警示标志。\n第六条 县水利局应当巡查。",
        _TITLE,
    )
    assert {"所有者", "管理者"} <= holder_names(graph, 5)


def test_a_stem_with_a_verb_names_no_owner_roles() -> None:
    graph = document(
        "第五条 落实泵站、涵闸等设施的所有者或者经营者，应当恢复原状。\n第六条 县水利局应当巡查。",
        _TITLE,
    )
    assert not {"所有者", "经营者"} & holder_names(graph, 5)
