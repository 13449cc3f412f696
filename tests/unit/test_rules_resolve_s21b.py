"""Resolve rules of session 21b: naming and merging (sentences written for the tests)."""

from __future__ import annotations

from tests.unit.rules_support import document


def _holders(body: str) -> list[list[str]]:
    graph = document(body, "某市河道保洁管理办法")
    names = {o.id: o.name for o in graph.organs}
    return [[names[h] for h in d.holders] for d in graph.duties]


def test_township_half_printed_alone_beside_pair_is_own_node() -> None:
    body = "第一条 乡镇人民政府、街道办事处应当开展节水宣传。街道办事处应当配合开展巡查。乡镇人民政府应当组织清淤。"
    assert _holders(body) == [["乡镇人民政府、街道办事处"], ["街道办事处"], ["乡镇人民政府"]]


def test_township_half_without_pair_is_the_township_body() -> None:
    holders = _holders("第一条 街道办事处应当配合开展巡查。乡镇人民政府应当组织清淤。")
    assert len(holders) == 2 and holders[0] == holders[1]
