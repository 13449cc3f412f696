"""Round 74 (organs): a list of owner or actor roles after one 的-stem names each role bare."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_roles_after_one_described_thing_are_named_bare() -> None:
    # 桥梁隧道的所有权人或者管理人: each role holds the duty, named without the thing it owns
    graph = document(
        "第一条 桥梁隧道经检测存在隐患的，桥梁隧道的所有权人或者管理人应当及时组织维修加固。",
        "某某省交通设施安全条例",
    )
    assert holder_names(graph, 1) == {"所有权人", "管理人"}


def test_event_roles_after_one_described_thing() -> None:
    # 大型展会的主办者、承办者: a bare 承办者 later in the list joins the first role
    graph = document("第一条 大型展会的主办者、承办者应当制定安全保卫方案。", "某某市会展活动管理办法")
    assert {"主办者", "承办者"} <= names(graph)


def test_stem_with_a_verb_is_no_described_thing() -> None:
    # 对违法设施的所有人: the stem opens with a preposition, no subject of its own
    graph = document("第一条 对违法设施的所有人或者管理人应当依法处理。", "某某省交通设施安全条例")
    assert "所有人" not in names(graph)
